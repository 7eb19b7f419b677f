import { describe, expect, it } from 'vitest';
import type { Layer } from '$lib/data/model';
import type { Basemap } from '$lib/map/loadBasemap';
import { isLayerActive, layerShapes } from './layerShapes';

const base: Layer = {
	id: 'x',
	title: 'X',
	style: 'area',
	start: -Infinity,
	stop: Infinity,
	geometries: []
};
const ring = [
	[0, 0],
	[1, 0],
	[1, 1],
	[0, 0]
];
const crimea = { type: 'MultiPolygon' as const, coordinates: [[ring]] };
const basemap: Basemap = {
	countries: null,
	regions: null,
	occupied: {
		type: 'FeatureCollection',
		features: [{ type: 'Feature', properties: { id: 'crimea', name: 'Crimea' }, geometry: crimea }]
	}
};

describe('layerShapes', () => {
	it('merges polygons into one MultiPolygon and lines into one MultiLineString, keeping points apart', () => {
		const input = {
			...base,
			geometries: [
				{ type: 'Polygon' as const, coordinates: [ring] },
				{ type: 'MultiPolygon' as const, coordinates: [[ring], [ring]] },
				{
					type: 'LineString' as const,
					coordinates: [
						[0, 0],
						[2, 2]
					]
				},
				{ type: 'Point' as const, coordinates: [3, 3] }
			]
		};
		const before = JSON.stringify(input);
		expect(layerShapes(input, null)!.map((shape) => shape.type)).toEqual([
			'MultiPolygon',
			'MultiLineString',
			'Point'
		]);
		expect((layerShapes(input, null)![0] as { coordinates: unknown[] }).coordinates).toHaveLength(
			3
		);
		expect(JSON.stringify(input)).toBe(before);
	});

	it('looks a ref up in the basemap, and draws nothing until it holds the shape', () => {
		expect(layerShapes({ ...base, ref: 'occupied:crimea' }, basemap)).toEqual([crimea]);
		expect(layerShapes({ ...base, ref: 'occupied:crimea' }, null)).toBeNull();
		expect(layerShapes({ ...base, ref: 'regions:donetsk' }, basemap)).toBeNull();
	});
});

describe('isLayerActive', () => {
	const cases = [
		{ start: 10, stop: 20, time: 9, expected: false },
		{ start: 10, stop: 20, time: 10, expected: true },
		{ start: 10, stop: 20, time: 19, expected: true },
		{ start: 10, stop: 20, time: 20, expected: false },
		{ start: -Infinity, stop: Infinity, time: 0, expected: true }
	];
	it.each(cases)(
		'isLayerActive([$start, $stop), $time) is $expected',
		({ start, stop, time, expected }) => {
			expect(isLayerActive({ start, stop }, time)).toBe(expected);
		}
	);
});
