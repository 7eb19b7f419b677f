import { describe, expect, it } from 'vitest';
import { frameGaps, gapStats, lateCount, summarize } from './stats';

describe('summarize', () => {
	it.each([
		{ values: [5], expected: { runs: 1, median: 5, min: 5, max: 5, p25: 5, p75: 5 } },
		{ values: [3, 1, 2], expected: { runs: 3, median: 2, min: 1, max: 3, p25: 1.5, p75: 2.5 } },
		{
			values: [4, 1, 3, 2],
			expected: { runs: 4, median: 2.5, min: 1, max: 4, p25: 1.75, p75: 3.25 }
		},
		{
			values: [10, 10, 10, 90],
			expected: { runs: 4, median: 10, min: 10, max: 90, p25: 10, p75: 30 }
		}
	])('summarize($values) gives median and spread', ({ values, expected }) => {
		const copy = [...values];
		expect(summarize(values)).toEqual(expected);
		expect(values).toEqual(copy);
	});

	it('summarize([]) throws rather than inventing a number', () => {
		expect(() => summarize([])).toThrow();
	});
});

describe('frame gaps', () => {
	it.each([
		{ timestamps: [0, 16, 33], expected: [16, 17] },
		{ timestamps: [100], expected: [] },
		{ timestamps: [], expected: [] }
	])('frameGaps($timestamps) is $expected', ({ timestamps, expected }) => {
		expect(frameGaps(timestamps)).toEqual(expected);
	});

	it('gapStats picks out one dropped frame as the max', () => {
		const timestamps = Array.from({ length: 21 }, (_, i) => i * 16);
		timestamps.push(timestamps[20] + 100);
		expect(gapStats(timestamps)).toEqual({ frames: 22, p50: 16, p95: 16, max: 100 });
	});

	it('gapStats interpolates p95 between the two largest gaps', () => {
		expect(gapStats([0, 10, 30])).toEqual({ frames: 3, p50: 15, p95: 19.5, max: 20 });
	});

	it('gapStats throws with fewer than two frames', () => {
		expect(() => gapStats([1])).toThrow();
	});
});

describe('lateCount', () => {
	it.each([
		{ latencies: [], limit: 33.3, expected: 0 },
		{ latencies: [16.7, 20, 33.3], limit: 33.3, expected: 0 },
		{ latencies: [16.7, 40, 120, 33.4], limit: 33.3, expected: 3 }
	])('lateCount($latencies, $limit) is $expected', ({ latencies, limit, expected }) => {
		expect(lateCount(latencies, limit)).toBe(expected);
	});
});
