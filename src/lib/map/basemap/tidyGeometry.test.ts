import type { MultiPolygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { signedArea, tidyGeometry } from './tidyGeometry';

const anticlockwise = (x0: number, y0: number, size: number): Position[] => [
	[x0, y0],
	[x0 + size, y0],
	[x0 + size, y0 + size],
	[x0, y0 + size],
	[x0, y0]
];
const clockwise = (x0: number, y0: number, size: number) => anticlockwise(x0, y0, size).reverse();
const multi = (...polygons: Position[][][]): MultiPolygon => ({
	type: 'MultiPolygon',
	coordinates: polygons
});

describe('signedArea', () => {
	it.each([
		{ ring: anticlockwise(0, 0, 2), expected: 4 },
		{ ring: clockwise(0, 0, 2), expected: -4 }
	])('signedArea(square of side 2) is $expected', ({ ring, expected }) => {
		expect(signedArea(ring)).toBe(expected);
	});
});

describe('tidyGeometry', () => {
	const options = { decimals: 2, minArea: 0.5 };
	const cases = [
		{
			name: 'rounds to two decimals and drops repeated points',
			input: multi([
				[
					[0.001, 0],
					[0.004, 0],
					[0, 1.004],
					[1, 1],
					[1, 0],
					[0.001, 0]
				]
			]),
			expected: [
				[
					[
						[0, 0],
						[0, 1],
						[1, 1],
						[1, 0],
						[0, 0]
					]
				]
			]
		},
		{
			name: 'winds an anticlockwise exterior clockwise and its hole anticlockwise',
			input: multi([anticlockwise(0, 0, 4), clockwise(1, 1, 1)]),
			expected: [[clockwise(0, 0, 4), anticlockwise(1, 1, 1)]]
		},
		{
			name: 'drops an island under minArea but keeps the largest polygon however small',
			input: multi([clockwise(0, 0, 0.4)], [clockwise(5, 5, 0.3)], [clockwise(9, 9, 0.2)]),
			expected: [[clockwise(0, 0, 0.4)]]
		},
		{
			name: 'drops a ring that rounding collapses',
			input: multi([clockwise(0, 0, 1)], [clockwise(5, 5, 0.001)]),
			expected: [[clockwise(0, 0, 1)]]
		}
	];
	it.each(cases)('tidyGeometry $name', ({ input, expected }) => {
		const before = structuredClone(input);
		expect(tidyGeometry(input, options)?.coordinates).toEqual(expected);
		expect(input).toEqual(before);
	});

	it('tidyGeometry(nothing but a speck) is null', () => {
		expect(tidyGeometry(multi([clockwise(0, 0, 0.001)]), options)).toBeNull();
	});
});
