import { describe, expect, it } from 'vitest';
import type { LineString, MultiPolygon, Polygon } from 'geojson';
import { REFERENCE_ZOOM, shapePathData, worldSize } from './shapePathData';

/** Leaflet's Web Mercator written the other way (tangent form), so the test does not repeat the code. */
function pixel(lon: number, lat: number, zoom = REFERENCE_ZOOM): [number, number] {
	const size = worldSize(zoom);
	const phi = (Math.max(-85.0511287798, Math.min(85.0511287798, lat)) * Math.PI) / 180;
	const y = Math.log(Math.tan(Math.PI / 4 + phi / 2));
	return [size * (0.5 + lon / 360), size * (0.5 - y / (2 * Math.PI))];
}

/** The numbers of a path's data, in order. */
const numbers = (d: string) => d.match(/-?\d+(\.\d+)?/g)!.map(Number);

const square = (west: number, south: number, east: number, north: number): Polygon => ({
	type: 'Polygon',
	coordinates: [
		[
			[west, south],
			[east, south],
			[east, north],
			[west, north],
			[west, south]
		]
	]
});

describe('shapePathData', () => {
	it.each([
		['a square at the origin', square(0, 0, 1, 1)],
		['a square in the southern and western hemispheres', square(-70.5, -33.6, -70.4, -33.3)],
		['a square near the top of the map', square(20, 70, 30, 80)],
		['a square beyond 180° (a copy across the antimeridian)', square(178, -18, 182, -16)]
	])('puts each corner of %s where Leaflet puts it, to a tenth of a pixel', (_, shape) => {
		const d = shapePathData(shape);
		expect(d).toMatch(/^M[^MZ]+Z$/);
		const got = numbers(d);
		const want = shape.coordinates[0].slice(0, 4).flatMap(([lon, lat]) => pixel(lon, lat));
		expect(got).toHaveLength(want.length);
		got.forEach((value, at) => expect(Math.abs(value - want[at])).toBeLessThanOrEqual(0.05));
	});

	it('scales with the zoom asked for', () => {
		const shape = square(10, 40, 12, 42);
		const deep = numbers(shapePathData(shape));
		const shallow = numbers(shapePathData(shape, REFERENCE_ZOOM - 3));
		shallow.forEach((value, at) => expect(Math.abs(value * 8 - deep[at])).toBeLessThanOrEqual(0.5));
	});

	it.each([90, 86, -90])('clamps latitude %d° to the edge of the square world', (edge) => {
		const ys = numbers(shapePathData(square(0, Math.min(edge, 80), 10, Math.max(edge, 80)))).filter(
			(_, at) => at % 2 === 1
		);
		expect(edge > 0 ? Math.min(...ys) : Math.max(...ys)).toBe(
			edge > 0 ? 0 : worldSize(REFERENCE_ZOOM)
		);
	});

	it('draws every ring of every polygon, holes included, each closed once', () => {
		const shape: MultiPolygon = {
			type: 'MultiPolygon',
			coordinates: [
				square(0, 0, 10, 10).coordinates.concat(square(2, 2, 4, 4).coordinates),
				square(20, 0, 21, 1).coordinates
			]
		};
		const d = shapePathData(shape);
		expect(d.match(/M/g)).toHaveLength(3);
		expect(d.match(/Z/g)).toHaveLength(3);
		// Four corners in each ring: the closing repeat is left to Z.
		for (const ring of d.split('Z').filter(Boolean)) expect(numbers(ring)).toHaveLength(8);
	});

	it.each([
		[
			'points that round to the same pixel are drawn once',
			[
				[0, 0],
				[0.0000001, 0],
				[1, 0],
				[1, 1],
				[0, 0]
			],
			3
		],
		[
			'a ring that shrinks below three points is left out',
			[
				[0, 0],
				[0.0000001, 0.0000001],
				[0, 0]
			],
			0
		]
	])('%s', (_, ring, points) => {
		const d = shapePathData({ type: 'Polygon', coordinates: [ring] });
		expect(d === '' ? 0 : numbers(d).length / 2).toBe(points);
	});

	it('draws each line open, where Leaflet puts its points', () => {
		const line: LineString = {
			type: 'LineString',
			coordinates: [
				[88.36, 22.57],
				[90.41, 23.81],
				[179, 10],
				[185, 12]
			]
		};
		const d = shapePathData(line);
		expect(d).toMatch(/^M[^MZ]+$/);
		const want = line.coordinates.flatMap(([lon, lat]) => pixel(lon, lat));
		numbers(d).forEach((value, at) => expect(Math.abs(value - want[at])).toBeLessThanOrEqual(0.05));
		// Across 180° the line goes on east, not back around the world.
		expect(numbers(d)[6]).toBeGreaterThan(worldSize(REFERENCE_ZOOM));
	});

	it.each([
		[
			'two lines, two open subpaths',
			[
				[
					[0, 0],
					[1, 1]
				],
				[
					[2, 2],
					[3, 3],
					[4, 2]
				]
			],
			2
		],
		[
			'a line of one point (after rounding) is left out',
			[
				[
					[0, 0],
					[0.0000001, 0]
				],
				[
					[2, 2],
					[3, 3]
				]
			],
			1
		]
	])('%s', (_, coordinates, subpaths) => {
		const d = shapePathData({ type: 'MultiLineString', coordinates });
		expect(d.match(/M/g) ?? []).toHaveLength(subpaths);
		expect(d).not.toContain('Z');
	});

	it('gives nothing to draw for a shape without rings', () => {
		expect(shapePathData({ type: 'MultiPolygon', coordinates: [] })).toBe('');
	});
});
