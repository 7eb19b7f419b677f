import { describe, expect, it, vi } from 'vitest';
import Supercluster from 'supercluster';
import {
	PlaceClusters,
	type BBox,
	clusterPlaces,
	groupHolding,
	groupKey,
	type MarkerGroup,
	type PlacePoint
} from './clusterPlaces';

const balkans: PlacePoint[] = [
	{ id: 'skopje', lat: 41.9981, lon: 21.4254 },
	{ id: 'pristina', lat: 42.6629, lon: 21.1655 },
	{ id: 'balkans', lat: 43.0, lon: 21.0 },
	{ id: 'belgrade', lat: 44.7866, lon: 20.4489 },
	{ id: 'sarajevo', lat: 43.8563, lon: 18.4131 }
];
const keys = (points: PlacePoint[], zoom: number, radius: number) =>
	clusterPlaces(points, zoom, radius).map(groupKey);

describe('clusterPlaces', () => {
	const cases = [
		{
			why: 'the Balkan capitals at the story view stay apart',
			points: balkans,
			zoom: 4.75,
			radius: 8,
			expected: ['balkans', 'belgrade', 'pristina', 'sarajevo', 'skopje']
		},
		{
			why: 'zoomed out, the nearest ones merge',
			points: balkans,
			zoom: 2.5,
			radius: 8,
			expected: ['belgrade', 'cluster:balkans,pristina,skopje', 'sarajevo']
		},
		{
			why: 'a degree apart on the equator is 8.04 px at zoom 3.5: one cluster',
			points: [
				{ id: 'a', lat: 0, lon: 0 },
				{ id: 'b', lat: 0, lon: 1 }
			],
			zoom: 3.5,
			radius: 9,
			expected: ['cluster:a,b']
		},
		{
			why: 'the same pair is 9.24 px at zoom 3.7: apart, though zoom 3 would merge them',
			points: [
				{ id: 'a', lat: 0, lon: 0 },
				{ id: 'b', lat: 0, lon: 1 }
			],
			zoom: 3.7,
			radius: 9,
			expected: ['a', 'b']
		},
		{
			why: 'places at the very same point never separate',
			points: [
				{ id: 'x', lat: 10, lon: 10 },
				{ id: 'y', lat: 10, lon: 10 }
			],
			zoom: 18,
			radius: 8,
			expected: ['cluster:x,y']
		},
		{ why: 'no places, no markers', points: [], zoom: 5, radius: 8, expected: [] }
	];
	it.each(cases)(
		'clusterPlaces(points, $zoom, $radius): $why',
		({ points, zoom, radius, expected }) => {
			expect(keys(points, zoom, radius)).toEqual(expected);
		}
	);

	it('clusterPlaces puts a cluster between its places and leaves single places where they are', () => {
		const groups = clusterPlaces(balkans, 2.5, 8);
		const cluster = groups.find((group) => group.kind === 'cluster')!;
		expect(cluster.lat).toBeGreaterThan(41.99);
		expect(cluster.lat).toBeLessThan(43.01);
		const sarajevo = groups.find((group) => group.kind === 'place' && group.id === 'sarajevo')!;
		expect(sarajevo.lat).toBeCloseTo(43.8563, 4);
		expect(sarajevo.lon).toBeCloseTo(18.4131, 4);
	});

	it('clusterPlaces does not mutate its input', () => {
		const copy = structuredClone(balkans);
		clusterPlaces(balkans, 2.5, 8);
		expect(balkans).toEqual(copy);
	});
});

describe('groupHolding', () => {
	const groups = clusterPlaces(balkans, 2.5, 8);
	it.each([
		{ ids: ['pristina'], expected: 'cluster:balkans,pristina,skopje' },
		{ ids: ['sarajevo'], expected: 'sarajevo' },
		{ ids: ['atlantis', 'skopje'], expected: 'cluster:balkans,pristina,skopje' },
		{ ids: ['atlantis'], expected: undefined }
	])('groupHolding(groups, $ids) is $expected', ({ ids, expected }) => {
		const group = groupHolding(groups, ids);
		expect(group && groupKey(group)).toBe(expected);
	});
});

describe('PlaceClusters on many places', () => {
	/** Seeded places all over the Earth, as a geocoded feed gives them. */
	const world = (count: number): PlacePoint[] => {
		let state = 11;
		const next = () => (state = (state * 16807) % 2147483647) / 2147483647;
		return Array.from({ length: count }, (_, i) => ({
			id: `p${String(i).padStart(5, '0')}`,
			lat: -56 + next() * 128,
			lon: -180 + next() * 360
		}));
	};
	const places = world(10_000);
	const clusters = new PlaceClusters(places);
	const covered = (groups: MarkerGroup[]) =>
		groups.reduce((sum, group) => sum + (group.kind === 'place' ? 1 : group.ids.length), 0);

	it('groupsInView keeps the page to at most maxGroups markers, and every place in one of them', () => {
		const groups = clusters.groupsInView(2, 6, [-180, -85, 180, 85], 300);
		expect(groups.length).toBeLessThanOrEqual(300);
		expect(covered(groups)).toBe(10_000);
	});

	it('groupsInView lays out only the places in the box, not all of them', () => {
		const box: [number, number, number, number] = [10, 40, 20, 50];
		const inside = places.filter(
			(p) => p.lon >= 10 && p.lon <= 20 && p.lat >= 40 && p.lat <= 50
		).length;
		const groups = clusters.groupsInView(8, 6, box, 300);
		expect(covered(groups)).toBe(inside);
		expect(inside).toBeLessThan(100);
	});

	const boxes: BBox[] = [
		[-180, -85.06, 180, 85.06],
		[-250, -85.06, 250, 85.06],
		[10, 40, 20, 50],
		[170, -30, 200, 10],
		[-30, -60, 60, 70]
	];
	const views = [0, 1, 1.5, 2, 3, 5].flatMap((zoom) => boxes.map((box) => ({ zoom, box })));

	it.each(views)(
		'groupsAtLeast never counts more groups than there are (zoom $zoom, box $box)',
		({ zoom, box }) => {
			for (const radius of [6, 12, 24, 48, 96, 192]) {
				const floor = clusters.groupsAtLeast(zoom, radius, box);
				expect(floor).toBeLessThanOrEqual(clusters.groups(zoom, radius, box).length);
			}
		}
	);

	it.each(views)(
		'groupsInView gives what doubling the radius from the start gives (zoom $zoom, box $box)',
		({ zoom, box }) => {
			const fresh = new PlaceClusters(places);
			let radius = 6;
			let expected = fresh.groups(zoom, radius, box);
			while (expected.length > 300 && radius < 256) {
				radius *= 2;
				expected = fresh.groups(zoom, radius, box);
			}
			expect(new PlaceClusters(places).groupsInView(zoom, 6, box, 300)).toEqual(expected);
		}
	);

	it('groupsInView clusters only at the radii it might keep: at a world zoom, not at every one', () => {
		const load = vi.spyOn(Supercluster.prototype, 'load');
		const groups = new PlaceClusters(places).groupsInView(3, 6, boxes[0], 300);
		// Doubling from 6 px reaches 96 px here, which would be five clusterings.
		expect(groups.length).toBeLessThanOrEqual(300);
		expect(new PlaceClusters(places).groups(3, 48, boxes[0]).length).toBeGreaterThan(300);
		expect(load.mock.calls.length).toBeLessThanOrEqual(4);
		load.mockRestore();
	});

	it('keeps the index in use while a dozen other zooms are clustered', () => {
		const index = new PlaceClusters(places);
		const box: BBox = [-180, -85, 180, 85];
		index.groups(3, 6, box);
		const load = vi.spyOn(Supercluster.prototype, 'load');
		for (let zoom = 4; zoom < 16; zoom++) {
			index.groups(zoom, 6, box);
			index.groups(3, 6, box);
		}
		// Twelve new zooms, each clustered once; zoom 3, used between them, never again.
		expect(load.mock.calls.length).toBe(12);
		load.mockRestore();
	});

	it('a cluster at a world zoom holds thousands, at a city zoom places stand alone', () => {
		const wide = clusters.groups(2, 64, [-180, -85, 180, 85]);
		expect(Math.max(...wide.map((g) => (g.kind === 'cluster' ? g.ids.length : 1)))).toBeGreaterThan(
			100
		);
		const close = clusters.groups(10, 6, [10, 40, 20, 50]);
		expect(close.every((group) => group.kind === 'place')).toBe(true);
	});
});
