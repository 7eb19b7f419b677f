import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { clipToRegion } from './clipToRegion';

const bounds = { west: 0, south: 0, east: 10, north: 10 };
const square = (x0: number, y0: number, x1: number, y1: number): Position[] => [
	[x0, y0],
	[x0, y1],
	[x1, y1],
	[x1, y0],
	[x0, y0]
];
const polygon = (...rings: Position[][]): Polygon => ({ type: 'Polygon', coordinates: rings });

describe('clipToRegion', () => {
	const cases = [
		{
			name: 'keeps a square inside the box as it is',
			input: polygon(square(2, 2, 4, 4)),
			expected: [[square(2, 2, 4, 4)]]
		},
		{
			name: 'cuts a square across the west edge at the edge',
			input: polygon(square(-2, 2, 4, 4)),
			expected: [
				[
					[
						[0, 2],
						[0, 4],
						[4, 4],
						[4, 2],
						[0, 2]
					]
				]
			]
		},
		{
			name: 'drops a square outside the box',
			input: polygon(square(20, 20, 30, 30)),
			expected: null
		},
		{
			name: 'keeps a hole inside the box and drops one outside it',
			input: polygon(square(-5, 1, 9, 9), square(5, 3, 6, 4), square(-4, 3, -3, 4)),
			expected: [
				[
					[
						[0, 1],
						[0, 9],
						[9, 9],
						[9, 1],
						[0, 1]
					],
					square(5, 3, 6, 4)
				]
			]
		}
	];
	it.each(cases)('clipToRegion $name', ({ input, expected }) => {
		const before = structuredClone(input);
		const clipped = clipToRegion(input, bounds);
		expect(clipped && clipped.coordinates).toEqual(expected);
		expect(input).toEqual(before);
	});

	it('clipToRegion(shape larger than the box) leaves the box itself', () => {
		const clipped = clipToRegion(polygon(square(-50, -50, 50, 50)), bounds);
		const [ring] = clipped!.coordinates[0];
		const xs = ring.map((p) => p[0]);
		const ys = ring.map((p) => p[1]);
		expect([Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]).toEqual([
			0, 10, 0, 10
		]);
	});
});
