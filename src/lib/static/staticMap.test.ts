import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { staticMap } from './staticMap';

const square = (id: string, west: number, south: number, size: number) =>
	({
		type: 'Feature',
		properties: { id, name: id },
		geometry: {
			type: 'Polygon',
			coordinates: [
				[
					[west, south],
					[west + size, south],
					[west + size, south + size],
					[west, south + size],
					[west, south]
				]
			]
		}
	}) as Feature<Polygon, { id: string; name: string }>;

const home = { west: 10, south: 40, east: 30, north: 50 };

describe('staticMap', () => {
	it('staticMap places markers where Leaflet would: the box centre in the view centre', () => {
		const map = staticMap({
			home,
			countries: [],
			areas: [],
			places: [
				{ id: 'centre', name: 'Centre', lon: 20, lat: 45.2 },
				{ id: 'west', name: 'West', lon: 10, lat: 45.2 }
			],
			width: 800,
			height: 400
		});
		const centre = map.markers.find((marker) => marker.id === 'centre')!;
		const west = map.markers.find((marker) => marker.id === 'west')!;
		expect(centre.x).toBeCloseTo(400, 0);
		expect(west.x).toBeLessThan(centre.x);
	});

	it('staticMap keeps land near the view and drops land far from it', () => {
		const map = staticMap({
			home,
			countries: [square('near', 15, 42, 4), square('far', -120, -40, 5)],
			areas: [square('area', 20, 44, 1)],
			places: [],
			width: 800,
			height: 400
		});
		expect(map.countries.map((shape) => shape.id)).toEqual(['near']);
		expect(map.areas.map((shape) => shape.id)).toEqual(['area']);
	});

	it('staticMap writes whole pixels and cuts land at half a view beyond the frame', () => {
		const map = staticMap({
			home,
			countries: [square('huge', -60, 0, 120)],
			areas: [],
			places: [],
			width: 800,
			height: 400
		});
		const steps = map.countries[0].d.match(/-?\d+(\.\d+)?/g)!.map(Number);
		expect(steps.every(Number.isInteger)).toBe(true);
		// Relative moves (m, then pairs), one ring here: add them up to get the points.
		expect(map.countries[0].d).toMatch(/^m[^mz]+z$/);
		const points = steps.map((_, index) =>
			steps
				.slice(0, index + 1)
				.reduce((sum, step, at) => (at % 2 === index % 2 ? sum + step : sum), 0)
		);
		expect(Math.min(...points)).toBeGreaterThanOrEqual(-400);
		expect(Math.max(...points)).toBeLessThanOrEqual(1200);
	});

	it('staticMap does not change its inputs', () => {
		const countries = [square('near', 15, 42, 4)];
		const copy = structuredClone(countries);
		staticMap({ home, countries, areas: [], places: [], width: 800, height: 400 });
		expect(countries).toEqual(copy);
	});
});
