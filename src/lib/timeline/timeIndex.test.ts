import { describe, expect, it } from 'vitest';
import type { ChronoEvent } from '$lib/data/model';
import { countInRange, eventsInRange, indexByTime } from './timeIndex';
import { densityBins } from './densityBins';

const DAY = 86_400_000;
let order = 0;
const event = (id: string, startDay: number, days = 1, kind: ChronoEvent['kind'] = 'event') =>
	({
		id,
		kind,
		start: startDay * DAY,
		stop: (startDay + days) * DAY,
		index: order++
	}) as ChronoEvent;
const events = [
	event('a', 0),
	event('long', 1, 30),
	event('b', 5),
	event('c', 10, 1, 'claim'),
	event('d', 40)
];
const index = indexByTime(events);

describe('eventsInRange(index, range)', () => {
	it.each([
		{ range: [0, 2 * DAY], expected: ['a', 'long'] },
		{ range: [20 * DAY, 25 * DAY], expected: ['long'] },
		{ range: [31 * DAY, 40 * DAY], expected: [] },
		{ range: [40 * DAY, 41 * DAY], expected: ['d'] },
		{ range: [-10 * DAY, 100 * DAY], expected: ['a', 'long', 'b', 'c', 'd'] }
	] as const)('finds events overlapping day $range.0 to $range.1', ({ range, expected }) => {
		expect(eventsInRange(index, range).map((found) => found.id)).toEqual(expected);
		expect(countInRange(index, range)).toBe(expected.length);
	});
	it('remembers the longest span', () => {
		expect(index.maxSpan).toBe(30 * DAY);
	});
});

describe('densityBins(index, range, binCount)', () => {
	it('counts starts per bin and kind', () => {
		const { counts, max } = densityBins(index, [0, 20 * DAY], 4);
		expect([...counts[0]]).toEqual([2, 1, 0, 0]);
		expect([...counts[3]]).toEqual([0, 0, 1, 0]);
		expect(max).toBe(2);
	});
	it('leaves out events starting outside the range', () => {
		const { counts, max } = densityBins(index, [5 * DAY, 15 * DAY], 2);
		expect(counts.map((bins) => [...bins])).toEqual([
			[1, 0],
			[0, 0],
			[0, 0],
			[0, 1]
		]);
		expect(max).toBe(1);
	});
	it('is empty for an empty range', () => {
		expect(densityBins(index, [100 * DAY, 200 * DAY], 3).max).toBe(0);
	});
	it.each([
		{ flags: null, matched: null, total: 0 },
		{ flags: [0, 0, 0, 0, 0], matched: [0, 0, 0, 0], total: 0 },
		{ flags: [1, 0, 1, 1, 1], matched: [1, 1, 0, 0], total: 3 },
		{ flags: [0, 1, 0, 0, 0], matched: [1, 0, 0, 0], total: 1 }
	])('counts the events of a search ($flags) apart: $matched', ({ flags, matched, total }) => {
		const matches = flags && Uint8Array.from(flags);
		const bins = densityBins(index, [0, 20 * DAY], 4, matches);
		// Kind "event" only: c, the claim, is counted with its own kind.
		expect(bins.matched && [...bins.matched[0]]).toEqual(matched);
		expect(bins.matchedTotal).toBe(total);
		expect([...bins.counts[0]]).toEqual([2, 1, 0, 0]);
	});
});
