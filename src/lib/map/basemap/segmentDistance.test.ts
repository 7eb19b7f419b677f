import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { segmentDistance } from './segmentDistance';

describe('segmentDistance', () => {
	const a: Position = [0, 0];
	const b: Position = [4, 0];
	it.each([
		{ name: 'above the middle', p: [2, 3], expected: 3 },
		{ name: 'beyond the far end', p: [7, 4], expected: 5 },
		{ name: 'before the near end', p: [-3, 0], expected: 3 },
		{ name: 'on the segment', p: [1, 0], expected: 0 }
	])('segmentDistance(point $name) is $expected', ({ p, expected }) => {
		expect(segmentDistance(p, a, b)).toBeCloseTo(expected);
	});
	it('segmentDistance(p, a, a) is the distance to that point', () => {
		expect(segmentDistance([3, 4], a, a)).toBe(5);
	});
});
