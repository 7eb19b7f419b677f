/**
 * Builds the world layer, static/basemap/world.json, from world-atlas's 1:110m Natural Earth
 * countries: the same recognised-border fixes as the fine layer (Crimea to Ukraine, Northern
 * Cyprus to Cyprus, Somaliland to Somalia), every country keyed by ISO 3166-1 alpha-3 with its
 * alpha-2 code for Intl.DisplayNames, and, for the countries the fine layer cuts at its box, the
 * pieces outside that box (`rest`), so the page can complete them into one shape per country.
 * Run with `npx tsx scripts/basemap/build-world.ts`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { geoContains } from 'd3-geo';
import type { Feature, MultiPolygon } from 'geojson';
import countryCodes from 'i18n-iso-countries';
import { topology as toTopology } from 'topojson-server';
import { feature, merge } from 'topojson-client';
import { quantize } from 'topojson-client';
import type {
	ArcIndexes,
	GeometryCollection,
	MultiPolygon as TopoMultiPolygon,
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
for (const geometry of (topology.objects.countries as GeometryCollection).geometries) {
	const source = geometryKey(geometry) ?? '';
	const merged = merge(topology, [geometry as TopoPolygon | TopoMultiPolygon]);
	const shape = tidyGeometry(merged, tidy);
	if (!shape) continue;
	const alpha3 = byName[source]?.alpha3 ?? countryCodes.numericToAlpha3(source);
	const alpha2 = byName[source]?.alpha2 ?? (alpha3 && countryCodes.alpha3ToAlpha2(alpha3));
	if (!alpha3 || !alpha2) throw new Error(`No ISO code for world-atlas shape ${source}`);
	const [labelLon, labelLat] = labelPoint(shape);
	const note = countryNotes[alpha3];
	const name = countryNames[alpha3]?.names.en ?? String(geometry.properties?.name ?? alpha3);
	countries.push({
		type: 'Feature',
		properties: { id: alpha3, code: alpha2, name, labelLon, labelLat, ...(note ? { note } : {}) },
		geometry: shape
	});
	if (Object.hasOwn(countryNames, alpha3)) {
		const outside = outsideFineBox(shape);
		if (outside) rest.push({ type: 'Feature', properties: { id: alpha3 }, geometry: outside });
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

const packed = quantize(
	toTopology({
		countries: { type: 'FeatureCollection', features: countries },
		rest: { type: 'FeatureCollection', features: rest },
		occupied: { type: 'FeatureCollection', features: occupied }
	}),
	1e4
);
const text = JSON.stringify(packed) + '\n';
mkdirSync(join(root, 'static/basemap'), { recursive: true });
writeFileSync(outFile, text);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
	`static/basemap/world.json: ${countries.length} countries, ${rest.length} completing the fine layer, ` +
		`${kb(text.length)} raw, ${kb(gzipSync(text, { level: 9 }).length)} gzip`
);
