import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countryAt } from './countryAt';

const square = (id: string, x0: number): Feature<Polygon, { id: string }> => ({
	type: 'Feature',
	properties: { id },
	geometry: {
		type: 'Polygon',
		coordinates: [
			[
				[x0, 0],
				[x0, 1],
				[x0 + 1, 1],
				[x0 + 1, 0],
				[x0, 0]
			]
		]
	}
});
const collection = { features: [square('A', 0), square('B', 2)] };

describe('countryAt', () => {
	it.each([
		{ point: [0.5, 0.5] as [number, number], expected: 'A' },
		{ point: [2.5, 0.5] as [number, number], expected: 'B' },
		{ point: [1.5, 0.5] as [number, number], expected: undefined }
	])('countryAt(squares, $point) is $expected', ({ point, expected }) => {
		expect(countryAt(collection, point)?.properties.id).toBe(expected);
	});
});
