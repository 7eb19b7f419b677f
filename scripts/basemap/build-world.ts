/**
 * Builds the world layer, static/basemap/world.json, from world-atlas's 1:110m Natural Earth
 * countries (and 1:50m for those too small for that scale): the same recognised-border fixes as
 * the fine layer (Crimea to Ukraine, Northern Cyprus to Cyprus, Somaliland to Somalia), every
 * country keyed by ISO 3166-1 alpha-3 with its alpha-2 code for Intl.DisplayNames, and, for the
 * countries the fine layer cuts at its box, the pieces outside that box (`rest`), so the page can
 * complete them into one shape per country.
 * Run with `npx tsx scripts/basemap/build-world.ts`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import countryCodes from 'i18n-iso-countries';
import { topology as toTopology } from 'topojson-server';
import { feature, merge } from 'topojson-client';
import { quantize } from 'topojson-client';
import type {
	ArcIndexes,
	GeometryCollection,
	GeometryObject,
	MultiPolygon as TopoMultiPolygon,
	Objects,
	Polygon as TopoPolygon,
	Topology
} from 'topojson-specification';
import { basemapBounds } from '../../src/lib/map/basemap/basemapBounds';
import { clipToRegion } from '../../src/lib/map/basemap/clipToRegion';
import { continuousRing } from '../../src/lib/map/basemap/completeCountries';
import { countryNames } from '../../src/lib/map/basemap/countryNames';
import { countryNotes } from '../../src/lib/map/basemap/countryNotes';
import { labelPoint } from '../../src/lib/map/basemap/labelPoint';
import { occupiedAreas } from '../../src/lib/map/basemap/occupiedAreas';
import { geometryKey, reassignPolygon } from '../../src/lib/map/basemap/reassignPolygon';
import { recognisedBorders } from '../../src/lib/map/basemap/recognisedBorders';
import { tidyGeometry } from '../../src/lib/map/basemap/tidyGeometry';

const root = process.cwd();
const outFile = join(root, 'static/basemap/world.json');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const tidy = { decimals: 2, minArea: 0 };

/** Shapes Natural Earth keys by name, with the code in common use (XKX for Kosovo). */
const byName: Record<string, { alpha3: string; alpha2: string }> = {
	Kosovo: { alpha3: 'XKX', alpha2: 'XK' }
};
/** The 1:110m file draws Somaliland apart; it is recognised as part of Somalia. */
const worldFixes = [
	...recognisedBorders,
	{ from: 'Somaliland', to: '706', why: 'Somaliland is recognised as part of Somalia.' }
];

let topology = readJson(join(root, 'node_modules/world-atlas/countries-110m.json')) as Topology;
const moved: ArcIndexes[][] = [];
for (const fix of worldFixes) {
	try {
		const result = reassignPolygon(topology, 'countries', fix);
		topology = result.topology;
		moved.push(...result.moved);
	} catch (error) {
		// Åland is too small to be drawn at 1:110m: nothing to move.
		if (fix.from !== '248') throw error;
	}
}

/**
 * The parts of a shape outside the fine layer's box, as four strips around it. Rings are first
 * made continuous across 180°: clipped as they come (178° then -180°), Chukotka's and Wrangel
 * Island's jumps across the world would cut bands through the box's edges.
 */
function outsideFineBox(source: MultiPolygon): MultiPolygon | null {
	const shape: MultiPolygon = {
		type: 'MultiPolygon',
		coordinates: source.coordinates.map((polygon) => polygon.map(continuousRing))
	};
	const { west, south, east, north } = basemapBounds;
	const strips = [
		{ west: -540, south: -90, east: west, north: 90 },
		{ west: east, south: -90, east: 540, north: 90 },
		{ west, south: -90, east, north: south },
		{ west, south: north, east, north: 90 }
	];
	const pieces = strips.flatMap((strip) => clipToRegion(shape, strip)?.coordinates ?? []);
	return pieces.length ? tidyGeometry({ type: 'MultiPolygon', coordinates: pieces }, tidy) : null;
}

const countries: Feature<MultiPolygon>[] = [];
const rest: Feature<MultiPolygon>[] = [];

/** A shape's ISO 3166-1 codes, from its numeric code (or, for Kosovo, its name). */
function isoCodes(geometry: GeometryObject) {
	const source = geometryKey(geometry) ?? '';
	const alpha3 = byName[source]?.alpha3 ?? countryCodes.numericToAlpha3(source);
	const alpha2 = byName[source]?.alpha2 ?? (alpha3 && countryCodes.alpha3ToAlpha2(alpha3));
	return { source, alpha3, alpha2 };
}

/**
 * Adds one shape of `source` as a country, with the pieces outside the fine layer's box. A shape
 * left empty (its area moved by a border fix) adds nothing; one without an ISO code is an error
 * when `coded`, else skipped.
 */
function addCountry(source: Topology, geometry: GeometryObject, coded: boolean) {
	const shape = tidyGeometry(merge(source, [geometry as TopoPolygon | TopoMultiPolygon]), tidy);
	if (!shape) return false;
	const { source: key, alpha3, alpha2 } = isoCodes(geometry);
	if (!alpha3 || !alpha2) {
		if (coded) throw new Error(`No ISO code for world-atlas shape ${key}`);
		return false;
	}
	const [labelLon, labelLat] = labelPoint(shape);
	const note = countryNotes[alpha3];
	const shapeName = (geometry.properties as { name?: string } | undefined)?.name;
	const name = countryNames[alpha3]?.names.en ?? String(shapeName ?? alpha3);
	countries.push({
		type: 'Feature',
		properties: { id: alpha3, code: alpha2, name, labelLon, labelLat, ...(note ? { note } : {}) },
		geometry: shape
	});
	if (Object.hasOwn(countryNames, alpha3)) {
		const outside = outsideFineBox(shape);
		if (outside) rest.push({ type: 'Feature', properties: { id: alpha3 }, geometry: outside });
	}
	return true;
}

for (const geometry of (topology.objects.countries as GeometryCollection).geometries) {
	addCountry(topology, geometry, true);
}

/**
 * Countries too small for the 1:110m file (Singapore, Bahrain, the island states of the Pacific
 * and the Caribbean…) come from the 1:50m file, so a place there still sits on its country. Only
 * shapes with an ISO code that 1:110m lacks are taken, and none that a border fix gives to
 * another country (Åland is Finland's).
 */
const drawn = new Set(countries.map((country) => String(country.properties!.id)));
const reassigned = new Set(worldFixes.map((fix) => fix.from));
const fine = readJson(join(root, 'node_modules/world-atlas/countries-50m.json')) as Topology;
let small = 0;
for (const geometry of (fine.objects.countries as GeometryCollection).geometries) {
	const { source, alpha3 } = isoCodes(geometry);
	if (!alpha3 || drawn.has(alpha3) || reassigned.has(source)) continue;
	if (addCountry(fine, geometry, false)) {
		drawn.add(alpha3);
		small += 1;
	}
}
countries.sort((a, b) => String(a.properties!.id).localeCompare(String(b.properties!.id)));

const occupied = occupiedAreas.map(({ at, ...properties }) => {
	const arcs = moved.filter((polygon) =>
		geoContains(feature(topology, { type: 'Polygon', arcs: polygon }), at)
	);
	if (!arcs.length) throw new Error(`No moved polygon for ${properties.id} at ${at}`);
	const shape = feature(topology, { type: 'MultiPolygon', arcs }).geometry as MultiPolygon;
	return { type: 'Feature' as const, properties, geometry: shape };
});

const collection = (features: Feature[]): FeatureCollection => ({
	type: 'FeatureCollection',
	features
});
const packed = quantize(
	toTopology({
		countries: collection(countries),
		rest: collection(rest),
		occupied: collection(occupied)
	}) as Topology<Objects>,
	1e4
);
const text = JSON.stringify(packed) + '\n';
mkdirSync(join(root, 'static/basemap'), { recursive: true });
writeFileSync(outFile, text);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
	`static/basemap/world.json: ${countries.length} countries (${small} from 1:50m), ` +
		`${rest.length} completing the fine layer, ` +
		`${kb(text.length)} raw, ${kb(gzipSync(text, { level: 9 }).length)} gzip`
);
