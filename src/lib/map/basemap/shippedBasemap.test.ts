import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { geoArea, geoContains } from 'd3-geo';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countryAt } from './countryAt';
import { decodeBasemap } from './decodeBasemap';

// These pin the facts a reader sees, read from the file the app actually ships and decoded the way
// the app decodes it.
const file = join(process.cwd(), 'static/basemap/basemap.json');
const basemap = decodeBasemap(JSON.parse(readFileSync(file, 'utf8')));
const layer = <P>(collection: FeatureCollection | null) =>
	collection as FeatureCollection<MultiPolygon, P> | null;
type Country = {
	id: string;
	name: string;
	names: Record<string, string>;
	labelLon: number;
	labelLat: number;
	note?: string;
};
const countries = layer<Country>(basemap.countries)!;
const occupied = layer<{ id: string; name: string; since: string; note: string }>(
	basemap.occupied
)!;
const byId = (id: string) => countries.features.find((f) => f.properties.id === id)!;

const simferopol: [number, number] = [34.1, 44.95];
const sevastopol: [number, number] = [33.55, 44.59];

describe('basemap.json countries', () => {
	const places = [
		{ place: 'Simferopol', point: simferopol, id: 'UKR', name: 'Ukraine' },
		{ place: 'Sevastopol', point: sevastopol, id: 'UKR', name: 'Ukraine' },
		{ place: 'Kyiv', point: [30.52, 50.45], id: 'UKR', name: 'Ukraine' },
		{ place: 'Skopje', point: [21.425, 41.998], id: 'MKD', name: 'North Macedonia' },
		{ place: 'Pristina', point: [21.166, 42.667], id: 'XKX', name: 'Kosovo' },
		{ place: 'Moscow', point: [37.62, 55.75], id: 'RUS', name: 'Russia' },
		{ place: 'Belgrade', point: [20.46, 44.82], id: 'SRB', name: 'Serbia' },
		{ place: 'Sarajevo', point: [18.41, 43.86], id: 'BIH', name: 'Bosnia and Herzegovina' },
		{ place: 'Chișinău', point: [28.86, 47.01], id: 'MDA', name: 'Moldova' },
		{ place: 'Brussels', point: [4.35, 50.85], id: 'BEL', name: 'Belgium' },
		{ place: 'Berlin', point: [13.4, 52.52], id: 'DEU', name: 'Germany' },
		{ place: 'Helsinki', point: [24.94, 60.19], id: 'FIN', name: 'Finland' },
		{ place: 'Nicosia', point: [33.36, 35.17], id: 'CYP', name: 'Cyprus' },
		{ place: 'the Black Sea', point: [34, 43.5], id: undefined, name: undefined }
	] as { place: string; point: [number, number]; id?: string; name?: string }[];
	it.each(places)('countryAt(countries, $place) is $id ($name)', ({ point, id, name }) => {
		const country = countryAt(countries, point);
		expect(country?.properties.id).toBe(id);
		expect(country?.properties.name).toBe(name);
	});

	it('countryAt(Russia alone, Simferopol or Sevastopol) is nothing: Crimea is not drawn inside Russia', () => {
		expect(geoContains(byId('RUS'), simferopol)).toBe(false);
		expect(geoContains(byId('RUS'), sevastopol)).toBe(false);
	});

	it('Kosovo (XKX) carries a note on its disputed status', () => {
		expect(byId('XKX').properties.note).toMatch(/disputed/);
		expect(byId('XKX').properties.note).toMatch(/2008/);
	});

	it('no feature is named "Macedonia" in any language', () => {
		for (const { properties } of countries.features) {
			expect(properties.name).not.toBe('Macedonia');
			expect(Object.values(properties.names)).not.toContain('Macedonia');
		}
	});

	it.each(countries.features.map((f) => [f.properties.id, f] as const))(
		'%s has a unique alpha-3 id, en/uk/mk names, a label inside itself and a small, correctly wound area',
		(id, country) => {
			const { properties } = country;
			expect(id).toMatch(/^[A-Z]{3}$/);
			expect(countries.features.filter((f) => f.properties.id === id)).toHaveLength(1);
			expect(properties.name).toBe(properties.names.en);
			expect(Object.keys(properties.names).sort()).toEqual(['en', 'mk', 'uk']);
			expect(geoContains(country, [properties.labelLon, properties.labelLat])).toBe(true);
			expect(geoArea(country)).toBeLessThan(1);
		}
	);
});

describe('basemap.json occupied', () => {
	it('holds Crimea, occupied since 2014, containing Simferopol and Sevastopol', () => {
		expect(occupied.features).toHaveLength(1);
		const [crimea] = occupied.features;
		expect(crimea.properties).toEqual({
			id: 'crimea',
			name: 'Crimea',
			since: '2014-02',
			note: 'Occupied by Russia since 2014; annexation not recognised (UN General Assembly resolution 68/262).'
		});
		expect(geoContains(crimea, simferopol)).toBe(true);
		expect(geoContains(crimea, sevastopol)).toBe(true);
		expect(geoContains(crimea, [30.52, 50.45])).toBe(false);
	});
});

describe('basemap.json regions', () => {
	// The occupied oblasts are drawn from this layer: a basemap without it must fail, not skip.
	it('ships the regions layer', () => {
		expect(basemap.regions).not.toBeNull();
		expect(basemap.regions?.features.length).toBeGreaterThan(0);
	});
	const regions = layer<{ id: string; name: string }>(basemap.regions) ?? {
		type: 'FeatureCollection',
		features: []
	};
	const cities = [
		{ city: 'Donetsk', point: [37.8, 48.0], id: 'donetsk' },
		{ city: 'Mariupol', point: [37.55, 47.1], id: 'donetsk' },
		{ city: 'Luhansk', point: [39.31, 48.57], id: 'luhansk' },
		{ city: 'Zaporizhzhia', point: [35.14, 47.84], id: 'zaporizhzhia' },
		{ city: 'Melitopol', point: [35.37, 46.85], id: 'zaporizhzhia' },
		{ city: 'Kherson', point: [32.6, 46.66], id: 'kherson' },
		{ city: 'Simferopol', point: simferopol, id: undefined },
		{ city: 'Kyiv', point: [30.52, 50.45], id: undefined }
	] as { city: string; point: [number, number]; id?: string }[];
	it.each(cities)('countryAt(regions, $city) is $id', ({ point, id }) => {
		expect(countryAt(regions, point)?.properties.id).toBe(id);
	});
	it('has the four oblasts Russia claimed in 2022, each with a name', () => {
		expect(regions.features.map((f) => f.properties.id).sort()).toEqual([
			'donetsk',
			'kherson',
			'luhansk',
			'zaporizhzhia'
		]);
		for (const { properties } of regions.features) expect(properties.name).toMatch(/Oblast$/);
	});
});

describe('static/basemap/basemap.json', () => {
	it('holds the countries and occupied layers and ships at most 16 KB gzipped', () => {
		expect(basemap.countries).not.toBeNull();
		expect(basemap.occupied).not.toBeNull();
		expect(gzipSync(readFileSync(file)).length).toBeLessThanOrEqual(16 * 1024);
	});
});
