import type { MultiPolygon, Position } from 'geojson';
import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { labelPoint } from './labelPoint';

const multi = (...polygons: Position[][][]): MultiPolygon => ({
	type: 'MultiPolygon',
	coordinates: polygons
});
// A clockwise "C" open to the east whose centroid (about 11.1, 1.5) lies in the gap, outside the shape.
const crescent: Position[] = [
	[10, 0],
	[10, 3],
	[13, 3],
	[13, 2.5],
	[10.5, 2.5],
	[10.5, 0.5],
	[13, 0.5],
	[13, 0],
	[10, 0]
];

describe('labelPoint', () => {
	it('labelPoint(square) is near its middle', () => {
		const [lon, lat] = labelPoint(
			multi([
				[
					[0, 0],
					[0, 2],
					[2, 2],
					[2, 0],
					[0, 0]
				]
			])
		);
		expect(Math.abs(lon - 1)).toBeLessThan(0.1);
		expect(Math.abs(lat - 1)).toBeLessThan(0.1);
	});
	it('labelPoint(crescent) lies inside the crescent', () => {
		const geometry = multi([crescent]);
		expect(geoContains(geometry, labelPoint(geometry))).toBe(true);
	});
	it('labelPoint(island and mainland) lies in the larger one', () => {
		const [lon] = labelPoint(
			multi(
				[
					[
						[0, 0],
						[0, 1],
						[1, 1],
						[1, 0],
						[0, 0]
					]
				],
				[
					[
						[5, 0],
						[5, 4],
						[9, 4],
						[9, 0],
						[5, 0]
					]
				]
			)
		);
		expect(lon).toBeGreaterThan(5);
	});
});
