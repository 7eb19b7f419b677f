import { describe, expect, it } from 'vitest';
import { checkBudgets } from './budgets';
import type { Comparison } from './compareLoads';
import type { ScaleRow } from './measureScale';

const summary = (median: number) => ({
	runs: 1,
	median,
	min: median,
	max: median,
	p25: median,
	p75: median
});
const comparison = (gzip: number, ratio: number) =>
	({
		bytes: { chronomap: { total: { files: 1, raw: gzip, gzip } } },
		tti: { ratio }
	}) as unknown as Comparison;
const row = (events: number, tti: number, p95: number, longest = 0): ScaleRow => ({
	events,
	tti: summary(tti),
	heapBytes: 0,
	scrub: {
		durationMs: 2000,
		moves: 120,
		lateMoves: 0,
		gaps: { frames: 120, p50: 16.7, p95, max: p95 },
		latency: { events: 120, p50: 8, p95: 16, max: 20 },
		longTasks: { count: longest ? 1 : 0, maxMs: longest },
		flips: { total: 10, midScrub: 8 }
	}
});
const passes = (comparisonValue: Comparison, rows: ScaleRow[]) =>
	checkBudgets(comparisonValue, rows).map((check) => check.pass);

describe('checkBudgets', () => {
	it.each([
		{
			name: 'all within',
			gzip: 100 * 1024,
			ratio: 0.4,
			rows: [row(10_000, 900, 16.67), row(100_000, 2900, 33.33, 150)],
			expected: [true, true, true, true, true, true, true]
		},
		{
			name: 'all over',
			gzip: 121 * 1024,
			ratio: 1.1,
			rows: [row(10_000, 1100, 20), row(100_000, 3100, 34.5, 250)],
			expected: [false, false, false, false, false, false, false]
		},
		{
			name: 'sizes not measured are skipped',
			gzip: 1,
			ratio: 0.5,
			rows: [row(1_000, 5000, 99)],
			expected: [true, true]
		}
	])('checkBudgets: $name', ({ gzip, ratio, rows, expected }) => {
		expect(passes(comparison(gzip, ratio), rows)).toEqual(expected);
	});

	it('reads a frame gap between one and two frames as over a one-frame budget', () => {
		expect(passes(comparison(1, 0.1), [row(10_000, 1, 24)])).toEqual([true, true, true, false]);
	});
});
