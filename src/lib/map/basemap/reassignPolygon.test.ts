import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoContains } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { geometryKey, reassignPolygon } from './reassignPolygon';

// Two unit squares side by side (West at x 0..1, East at 1..2) sharing arc 1, and an island of
// West's at x 5..6; arcs run clockwise with north up, as world-atlas's do.
const toy: Topology = {
	type: 'Topology',
	arcs: [
		[
			[1, 0],
			[0, 0],
			[0, 1],
			[1, 1]
		],
		[
			[1, 1],
			[1, 0]
		],
		[
			[1, 1],
			[2, 1],
			[2, 0],
			[1, 0]
		],
		[
			[5, 0],
			[5, 1],
			[6, 1],
			[6, 0],
			[5, 0]
		]
	],
	objects: {
		shapes: {
			type: 'GeometryCollection',
			geometries: [
				{ type: 'MultiPolygon', id: '1', properties: { name: 'West' }, arcs: [[[0, 1]], [[3]]] },
				{ type: 'Polygon', properties: { name: 'East' }, arcs: [[2, -2]] }
			]
		}
	}
};
const shapes = (t: Topology, name = 'shapes') => (t.objects[name] as GeometryCollection).geometries;
const arcsOf = (t: Topology, index: number) => (shapes(t)[index] as MultiPolygon).arcs;

describe('geometryKey', () => {
	it.each([
		{ index: 0, expected: '1' },
		{ index: 1, expected: 'East' }
	])('geometryKey(geometry $index) is $expected', ({ index, expected }) => {
		expect(geometryKey(shapes(toy)[index])).toBe(expected);
	});
});

describe('reassignPolygon', () => {
	it('reassignPolygon(toy, island of West) moves only that polygon to East', () => {
		const before = structuredClone(toy);
		const { topology, moved } = reassignPolygon(toy, 'shapes', {
			from: '1',
			to: 'East',
			at: [5.5, 0.5]
		});
		expect(moved).toEqual([[[3]]]);
		expect(arcsOf(topology, 0)).toEqual([[[0, 1]]]);
		expect(arcsOf(topology, 1)).toEqual([[[2, -2]], [[3]]]);
		expect(toy).toEqual(before);
	});

	it('reassignPolygon(toy, all of East) removes East and merging dissolves the shared border', () => {
		const { topology } = reassignPolygon(toy, 'shapes', { from: 'East', to: '1' });
		expect(shapes(topology).map(geometryKey)).toEqual(['1']);
		const merged = merge(topology, [shapes(topology)[0] as MultiPolygon]);
		expect(merged.coordinates).toHaveLength(2);
		expect(merged.coordinates[0][0]).toHaveLength(7);
	});

	it.each([
		{ fix: { from: '9', to: 'East' }, message: 'no geometry 9' },
		{ fix: { from: '1', to: 'East', at: [9, 9] as [number, number] }, message: 'no polygon' }
	])('reassignPolygon(toy, $fix.from at $fix.at) throws "$message"', ({ fix, message }) => {
		expect(() => reassignPolygon(toy, 'shapes', fix)).toThrow(message);
	});

	it('reassignPolygon(world-atlas 50m, Crimea) puts Simferopol and Sevastopol in Ukraine, not Russia', () => {
		const path = join(process.cwd(), 'node_modules/world-atlas/countries-50m.json');
		const world = JSON.parse(readFileSync(path, 'utf8')) as Topology;
		const { topology } = reassignPolygon(world, 'countries', {
			from: '643',
			to: '804',
			at: [34.1, 44.95]
		});
		const shapeOf = (key: string) =>
			feature(
				topology,
				shapes(topology, 'countries').find((g) => geometryKey(g) === key)!
			);
		for (const city of [
			[34.1, 44.95],
			[33.52, 44.6]
		] as [number, number][]) {
			expect(geoContains(shapeOf('804'), city)).toBe(true);
			expect(geoContains(shapeOf('643'), city)).toBe(false);
		}
		expect(geoContains(shapeOf('643'), [37.62, 55.75])).toBe(true);
	});
});
