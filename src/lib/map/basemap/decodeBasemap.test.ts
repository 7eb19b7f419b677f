import type { FeatureCollection, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { decodeBasemap } from './decodeBasemap';
import { packBasemap } from './packBasemap';

const square = (id: string, west: number, south: number): FeatureCollection<Polygon> => {
	const ring: Position[] = [
		[west, south],
		[west, south + 1],
		[west + 1, south + 1],
		[west + 1, south],
		[west, south]
	];
	return {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { id, name: id },
				geometry: { type: 'Polygon', coordinates: [ring] }
			}
		]
	};
};
const layers = {
	countries: square('UKR', 30, 48),
	occupied: square('crimea', 33, 44),
	regions: square('donetsk', 37, 47)
};
const valid = packBasemap(layers);
const withObjects = (objects: Record<string, unknown>) => ({
	...valid,
	objects: { ...valid.objects, ...objects }
});
const without = (name: string) => ({ ...valid, objects: { ...valid.objects, [name]: undefined } });
const nothing = { countries: null, occupied: null, regions: null };

describe('decodeBasemap', () => {
	it('decodeBasemap(valid topology) gives each layer as a FeatureCollection with its properties', () => {
		const decoded = decodeBasemap(JSON.parse(JSON.stringify(valid)));
		for (const name of ['countries', 'occupied', 'regions'] as const) {
			expect(decoded[name]?.type).toBe('FeatureCollection');
			expect(decoded[name]?.features.map((f) => f.properties)).toEqual(
				layers[name].features.map((f) => f.properties)
			);
		}
		const [ring] = (decoded.countries!.features[0].geometry as Polygon).coordinates;
		expect(ring.map(([lon, lat]) => [+lon.toFixed(6), +lat.toFixed(6)])).toContainEqual([31, 49]);
	});

	it.each([
		{ name: 'a missing regions object', json: without('regions'), nulls: ['regions'] },
		{ name: 'a missing countries object', json: without('countries'), nulls: ['countries'] },
		{
			name: 'an object that is one geometry, not a collection',
			json: withObjects({ occupied: { type: 'Polygon', arcs: [[0]] } }),
			nulls: ['occupied']
		},
		{
			name: 'an arc index out of range',
			json: withObjects({
				regions: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[99]] }] }
			}),
			nulls: ['regions']
		},
		{
			name: 'a geometry that is not a polygon',
			json: withObjects({
				countries: {
					type: 'GeometryCollection',
					geometries: [{ type: 'Point', coordinates: [1, 2] }]
				}
			}),
			nulls: ['countries']
		},
		{
			name: 'geometries that are not a list',
			json: withObjects({ countries: { type: 'GeometryCollection', geometries: 'none' } }),
			nulls: ['countries']
		},
		{
			name: 'arcs that are not points',
			json: { ...valid, arcs: [[['a', 'b']], 7, null] },
			nulls: ['countries', 'occupied', 'regions']
		},
		{
			name: 'a broken transform',
			json: { ...valid, transform: { scale: 2 } },
			nulls: ['countries', 'occupied', 'regions']
		}
	])('decodeBasemap($name) leaves only those layers out', ({ json, nulls }) => {
		const decoded = decodeBasemap(json);
		for (const name of ['countries', 'occupied', 'regions'] as const) {
			if (nulls.includes(name)) expect(decoded[name]).toBeNull();
			else expect(decoded[name]?.features).toHaveLength(1);
		}
	});

	it.each([
		{ name: 'a GeoJSON FeatureCollection', json: layers.countries },
		{ name: 'a topology without arcs', json: { type: 'Topology', objects: valid.objects } },
		{ name: 'a topology without objects', json: { type: 'Topology', arcs: valid.arcs } },
		{ name: 'null', json: null },
		{ name: 'undefined', json: undefined },
		{ name: 'a string', json: 'Topology' },
		{ name: 'a number', json: 42 },
		{ name: 'an array', json: [valid] }
	])('decodeBasemap($name) is no layers at all', ({ json }) => {
		expect(decodeBasemap(json)).toEqual(nothing);
	});

	it('decodeBasemap(topology) does not mutate its input', () => {
		const json = JSON.parse(JSON.stringify(valid));
		decodeBasemap(json);
		expect(json).toEqual(JSON.parse(JSON.stringify(valid)));
	});
});
