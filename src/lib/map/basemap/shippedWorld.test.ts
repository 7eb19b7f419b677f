import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { decodeWorld } from '../loadWorld';
import { decodeBasemap } from './decodeBasemap';
import { completeCountries } from './completeCountries';
import { countryName } from './countryName';

// The facts a reader sees on the world layer, read from the file the app ships and decoded the
// way the app decodes it.
const text = readFileSync(join(process.cwd(), 'static/basemap/world.json'), 'utf8');
const world = decodeWorld(JSON.parse(text))!;
const fine = decodeBasemap(
	JSON.parse(readFileSync(join(process.cwd(), 'static/basemap/basemap.json'), 'utf8'))
);
/** Planar point-in-polygon, as Leaflet draws the shapes (winding does not matter). */
function inRing(ring: Position[], [x, y]: Position): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i];
		const [xj, yj] = ring[j];
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}
function contains(item: Feature<Polygon | MultiPolygon>, point: Position): boolean {
	const polygons =
		item.geometry.type === 'Polygon' ? [item.geometry.coordinates] : item.geometry.coordinates;
	return polygons.some(
		([outer, ...holes]) => inRing(outer, point) && !holes.some((hole) => inRing(hole, point))
	);
}
const countriesAt = (lon: number, lat: number) =>
	world.countries.features
		.filter((country) => contains(country, [lon, lat]))
		.map((country) => country.properties.id);

describe('the shipped world layer', () => {
	it('stays within its 40 KB gzip budget', () => {
		expect(gzipSync(text, { level: 9 }).length).toBeLessThanOrEqual(40 * 1024);
	});

	it('keys every country by a distinct ISO alpha-3 code, with its alpha-2 code for names', () => {
		const ids = world.countries.features.map((country) => country.properties.id);
		expect(ids.length).toBeGreaterThan(170);
		expect(new Set(ids).size).toBe(ids.length);
		for (const country of world.countries.features) {
			expect(country.properties.id).toMatch(/^[A-Z]{3}$/);
			expect(country.properties.code).toMatch(/^[A-Z]{2}$/);
		}
	});

	const places = [
		{ lon: 34.1, lat: 44.95, expected: ['UKR'], why: 'Crimea is Ukraine' },
		{ lon: 33.6, lat: 35.25, expected: ['CYP'], why: 'the north of Cyprus is Cyprus' },
		{ lon: 45, lat: 9.6, expected: ['SOM'], why: 'Somaliland is Somalia' },
		{ lon: 21.17, lat: 42.66, expected: ['XKX'], why: 'Pristina is in Kosovo' },
		{ lon: -47.9, lat: -15.8, expected: ['BRA'], why: 'Brasília' },
		{ lon: 36.8, lat: -1.29, expected: ['KEN'], why: 'Nairobi' },
		{ lon: 139.7, lat: 35.7, expected: ['JPN'], why: 'Tokyo' },
		{ lon: 149.1, lat: -35.3, expected: ['AUS'], why: 'Canberra' }
	];
	it.each(places)('puts $lon, $lat in $expected: $why', ({ lon, lat, expected }) => {
		expect(countriesAt(lon, lat)).toEqual(expected);
	});

	// Too small for 1:110m, so taken from 1:50m; drawn over a coarse neighbour that covers them
	// (1:110m's Malaysia covers Singapore, its China Hong Kong).
	const small = [
		{ lon: 103.82, lat: 1.35, expected: 'SGP', why: 'Singapore' },
		{ lon: 50.55, lat: 26.05, expected: 'BHR', why: 'Bahrain' },
		{ lon: 57.55, lat: -20.25, expected: 'MUS', why: 'Mauritius' },
		{ lon: -172.45, lat: -13.6, expected: 'WSM', why: 'Savai‘i, Samoa' },
		{ lon: -59.55, lat: 13.15, expected: 'BRB', why: 'Barbados' },
		{ lon: 55.47, lat: -4.65, expected: 'SYC', why: 'Mahé, Seychelles' },
		{ lon: -157.4, lat: 1.87, expected: 'KIR', why: 'Kiritimati, Kiribati' },
		{ lon: 114.17, lat: 22.35, expected: 'HKG', why: 'Hong Kong' }
	];
	it.each(small)('draws $expected on top at $lon, $lat: $why', ({ lon, lat, expected }) => {
		expect(countriesAt(lon, lat).at(-1)).toBe(expected);
	});

	it('takes from 1:50m no shape a border fix gives to another country: Åland is Finland’s', () => {
		const ids = world.countries.features.map((country) => country.properties.id);
		expect(ids).toContain('SGP');
		expect(ids).not.toContain('ALA');
	});

	it('holds occupied Crimea, so a layer can hatch it', () => {
		const crimea = world.occupied!.features.find((area) => area.properties.id === 'crimea')!;
		expect(geoContains(crimea, [34.1, 44.95])).toBe(true);
	});

	it('names North Macedonia and Kosovo (with its note) whatever the browser says', () => {
		const byId = (id: string) => world.countries.features.find((c) => c.properties.id === id)!;
		expect(countryName(byId('MKD').properties, 'en')).toBe('North Macedonia');
		expect(countryName(byId('MKD').properties, 'mk')).toBe('Северна Македонија');
		expect(countryName(byId('XKX').properties, 'uk')).toBe('Косово');
		expect(byId('XKX').properties.note).toContain('2008');
		expect(countryName(byId('BRA').properties, 'en')).toBe('Brazil');
	});
});

describe('completeCountries', () => {
	const complete = completeCountries(fine.countries, world)!;
	const ids = complete.features.map((country) => country.properties.id);

	it('gives each country one shape, from the fine layer where it has one', () => {
		expect(new Set(ids).size).toBe(ids.length);
		const ukraine = complete.features.find((c) => c.properties.id === 'UKR')!;
		expect(ukraine).toBe(fine.countries!.features.find((c) => c.properties.id === 'UKR'));
	});

	it('completes a country the fine layer cuts at its box with the world pieces outside it', () => {
		const russia = complete.features.find((c) => c.properties.id === 'RUS')!;
		expect(contains(russia, [37.6, 55.75])).toBe(true);
		expect(contains(russia, [104.3, 52.3])).toBe(true);
		expect(contains(russia, [34.1, 44.95])).toBe(false);
	});

	it('copies pieces split at 180° to the other side, so Chukotka shows east of 180°', () => {
		const russia = complete.features.find((c) => c.properties.id === 'RUS')!;
		const lons = russia.geometry.coordinates.flat(3) as number[];
		expect(Math.max(...lons.filter((_, i) => i % 2 === 0))).toBeGreaterThan(180);
	});

	it.each([
		{ id: 'USA', point: [-149.9 + 360, 61.22], why: 'Anchorage, Alaska, east of 180°' },
		{ id: 'FJI', point: [178.44 - 360, -18.14], why: 'Suva, Fiji, west of -180°' },
		{ id: 'NZL', point: [174.76 - 360, -36.85], why: 'Auckland, west of -180°' },
		{ id: 'RUS', point: [-174 + 360, 66.5], why: 'eastern Chukotka, east of 180°' }
	])('copies pieces near 180° to the other side: $why', ({ id, point }) => {
		const country = complete.features.find((c) => c.properties.id === id)!;
		expect(contains(country, point as [number, number])).toBe(true);
	});

	it('draws Russia across 180° as one continuous piece, not a band around the world', () => {
		const russia = complete.features.find((c) => c.properties.id === 'RUS')!;
		expect(contains(russia, [-100, 67])).toBe(false);
		expect(contains(russia, [0, 67])).toBe(false);
		for (const polygon of russia.geometry.coordinates as Position[][][]) {
			const ring = polygon[0];
			const jumps = ring.slice(1).filter(([lon], i) => Math.abs(lon - ring[i][0]) > 180);
			expect(jumps).toEqual([]);
		}
	});

	it('copies only pieces near 180°: Europe is drawn once', () => {
		const france = complete.features.find((c) => c.properties.id === 'FRA')!;
		expect(contains(france, [2.35 + 360, 48.85])).toBe(false);
	});

	it('is the fine layer alone until the world layer has loaded', () => {
		expect(completeCountries(fine.countries, null)).toBe(fine.countries);
	});
});
