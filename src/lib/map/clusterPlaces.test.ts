import { describe, expect, it } from 'vitest';
import { clusterPlaces, groupHolding, groupKey, type PlacePoint } from './clusterPlaces';

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
