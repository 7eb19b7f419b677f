import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { decodeBasemap } from './decodeBasemap';
import { packBasemap, type BasemapLayers } from './packBasemap';

type Shape = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

// A clockwise box from its south-west corner, closed, in degrees.
const box = (west: number, south: number, east: number, north: number): Position[] => [
	[west, south],
	[west, north],
	[east, north],
	[east, south],
	[west, south]
];
const polygon = (properties: Record<string, unknown>, ...rings: Position[][]): Shape => ({
	type: 'Feature',
	properties,
	geometry: { type: 'Polygon', coordinates: rings }
});
const multi = (properties: Record<string, unknown>, ...polygons: Position[][][]): Shape => ({
	type: 'Feature',
	properties,
	geometry: { type: 'MultiPolygon', coordinates: polygons }
});
const layer = (...features: Shape[]): FeatureCollection<Polygon | MultiPolygon> => ({
	type: 'FeatureCollection',
	features
});

const west = polygon(
	{ id: 'WST', name: 'West', labelLon: 20.5, labelLat: 45.5 },
	box(20, 45, 21, 46)
);
const east = polygon(
	{ id: 'EST', name: 'East', names: { en: 'East', uk: 'Схід' }, note: 'Disputed since 2008.' },
	box(21, 45, 22.37, 46)
);
const islands = multi(
	{ id: 'ISL', name: 'Islands' },
	[box(30, 40, 31, 41), box(30.25, 40.25, 30.5, 40.5).reverse()],
	[box(32.01, 40.99, 32.02, 41)]
);
const crimea = polygon(
	{ id: 'crimea', name: 'Crimea', since: '2014-02' },
	box(33, 44.4, 36.6, 46.2)
);
const offGrid = polygon({ id: 'OFF', name: 'Off grid' }, box(10.001, 50.0049, 10.2549, 50.3));

// The same ring, whatever point it starts from, every point within `tolerance` degrees.
function sameRing(actual: Position[], expected: Position[], tolerance: number): boolean {
	const [open, target] = [actual.slice(0, -1), expected.slice(0, -1)];
	if (open.length !== target.length) return false;
	const near = (a: Position, b: Position) =>
		Math.abs(a[0] - b[0]) <= tolerance && Math.abs(a[1] - b[1]) <= tolerance;
	return open.some((_, shift) =>
		open.every((point, i) => near(point, target[(i + shift) % target.length]))
	);
}
const polygonsOf = ({ geometry }: { geometry: Polygon | MultiPolygon }) =>
	geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

describe('packBasemap', () => {
	it.each([
		{ name: 'one country', layers: { countries: layer(west) } },
		{ name: 'two neighbours', layers: { countries: layer(west, east) } },
		{ name: 'islands with a lake', layers: { countries: layer(islands) } },
		{
			name: 'all three layers',
			layers: { countries: layer(west, east), occupied: layer(crimea), regions: layer(islands) }
		},
		{ name: 'points off the 0.01° grid', layers: { regions: layer(offGrid) } }
	] as { name: string; layers: BasemapLayers }[])(
		'packBasemap($name) unpacks to the same features within half a grid step',
		({ layers }) => {
			const unpacked = decodeBasemap(packBasemap(layers));
			for (const [name, expected] of Object.entries(layers)) {
				const actual = unpacked[name as keyof BasemapLayers]!.features;
				expect(actual.map((f) => f.properties)).toEqual(
					expected!.features.map((f) => f.properties)
				);
				actual.forEach((feature, i) => {
					const original = expected!.features[i];
					expect(feature.geometry.type).toBe(original.geometry.type);
					const rings = polygonsOf(feature).flat();
					const originalRings = polygonsOf(original).flat();
					expect(rings).toHaveLength(originalRings.length);
					rings.forEach((ring, r) => expect(sameRing(ring, originalRings[r], 0.005)).toBe(true));
				});
			}
		}
	);

	it('packBasemap(two neighbours) stores their shared border once', () => {
		const { arcs, objects } = packBasemap({ countries: layer(west, east) });
		const used = (objects.countries as GeometryCollection).geometries.map(
			(g) => new Set(('arcs' in g ? [g.arcs].flat(3) : []).map((i) => (i < 0 ? ~i : i)))
		);
		const shared = [...used[0]].filter((arc) => used[1].has(arc));
		expect(shared).toHaveLength(1);
		expect(arcs).toHaveLength(3);
	});

	it('packBasemap(layers) writes delta-encoded integers on a 0.01° grid from the basemap corner', () => {
		const packed = packBasemap({ countries: layer(west) });
		expect(packed.transform).toEqual({ scale: [0.01, 0.01], translate: [2, 34] });
		expect(packed.arcs.flat(2).every(Number.isInteger)).toBe(true);
		expect(packed.arcs[0][0]).toEqual([1800, 1100]);
		expect(packed.arcs[0][1]).toEqual([0, 100]);
	});

	it('packBasemap(layers) leaves out a missing or null layer', () => {
		const packed = packBasemap({ countries: layer(west), regions: null });
		expect(Object.keys(packed.objects)).toEqual(['countries']);
	});

	it('packBasemap(points one grid step apart after rounding) drops the repeated point', () => {
		const ring = [
			[20, 45],
			[20, 46],
			[20.001, 46.002],
			[21, 46],
			[21, 45],
			[20, 45]
		];
		const unpacked = decodeBasemap(packBasemap({ countries: layer(polygon({ id: 'DUP' }, ring)) }));
		expect(polygonsOf(unpacked.countries!.features[0])[0][0]).toHaveLength(5);
	});

	it('packBasemap(unpacked basemap) gives the same topology', () => {
		const layers = { countries: layer(west, east, islands), occupied: layer(crimea) };
		const packed = packBasemap(layers);
		const { countries, occupied } = decodeBasemap(packed);
		expect(packBasemap({ countries, occupied })).toEqual(packed);
	});

	it('packBasemap(layers) does not mutate its input', () => {
		const layers = { countries: layer(west, east, islands), occupied: layer(offGrid) };
		const before = structuredClone(layers);
		packBasemap(layers);
		expect(layers).toEqual(before);
	});
});
