import { describe, expect, it } from 'vitest';
import type { ScaleRow } from './measureScale';
import type { ScrubReport } from './measureScrub';
import { summarize } from './stats';
import { checkScaleBudgets } from './scaleBudgets';

const summary = (median: number) => ({ runs: 1, median, min: median, max: median, p25: median, p75: median });
const scrub = (p95: number, lateMoves = 0, longest = 0): ScrubReport => ({
	durationMs: 2000,
	moves: 120,
	lateMoves,
	gaps: { frames: 120, p50: 16.7, p95, max: p95 },
	latency: { events: 120, p50: 20, p95: 30, max: 40 },
	longTasks: { count: longest ? 1 : 0, maxMs: longest },
	flips: { total: 10, midScrub: 10 }
});
const row = (events: number, places: number, p95: number, late = 0, longest = 0): ScaleRow => ({
	events,
	places,
	tti: summary(900),
	pageTti: summary(1200),
	heapBytes: 0,
	scrub: scrub(p95, 0, longest),
	zoomed: { embed: scrub(p95, late, longest), page: scrub(p95, late) }
});
const zoom = (slowest: number, longest = 0) => ({
	places: 4000,
	atRest: true,
	steps: { ...summary(slowest / 2), max: slowest },
	slowest: summary(slowest),
	markers: summary(200),
	longTasks: { count: longest ? 1 : 0, maxMs: longest }
});

describe('checkScaleBudgets', () => {
	it.each([
		{ name: 'nothing measured, nothing checked', rows: [], zoomed: undefined, expected: [] },
		{
			name: 'one frame at 10k/1k and few late moves pass',
			rows: [row(10_000, 1_000, 16.9, 6)],
			zoomed: undefined,
			expected: [true, true, true, true]
		},
		{
			name: 'two frames at 10k/1k and too many late moves miss',
			rows: [row(10_000, 1_000, 33.3, 7)],
			zoomed: undefined,
			expected: [false, false, false, false]
		},
		{
			name: '100k/10k: two frames pass, a 250 ms long task misses',
			rows: [row(100_000, 10_000, 33.4, 0, 250)],
			zoomed: undefined,
			expected: [true, true, true, true, false]
		},
		{
			name: 'zoom steps: 100 ms passes, a long task over 200 ms misses',
			rows: [],
			zoomed: zoom(100, 201),
			expected: [true, false]
		},
		{ name: 'a 101 ms zoom step misses', rows: [], zoomed: zoom(101), expected: [false, true] },
		{
			name: 'one slow load of five passes: the budget takes the median of each load’s slowest step',
			rows: [],
			zoomed: { ...zoom(130), slowest: summarize([80, 90, 130, 85, 95]) },
			expected: [true, true]
		},
		{
			name: 'three loads of five over 100 ms miss',
			rows: [],
			zoomed: { ...zoom(120), slowest: summarize([101, 120, 90, 105, 99]) },
			expected: [false, true]
		}
	])('$name', ({ rows, zoomed, expected }) => {
		expect(checkScaleBudgets(rows, zoomed).map((check) => check.pass)).toEqual(expected);
	});

	it('skips the fixed-place rows: their budgets are the older ones', () => {
		const fixed = { ...row(10_000, 1_000, 50), places: undefined };
		expect(checkScaleBudgets([fixed])).toEqual([]);
	});
});
