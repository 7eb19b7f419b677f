import { describe, expect, it } from 'vitest';
import { boxContains, drawnCopy, geometryBox, homeBox, placesOutside } from './viewFrame';

const focus = { west: 13, south: 39, east: 41, north: 53 };
const places = [
	{ id: 'kyiv', name: 'Kyiv', lat: 50.45, lon: 30.52 },
	{ id: 'brussels', name: 'Brussels', lat: 50.85, lon: 4.35 },
	{ id: 'washington', name: 'Washington, D.C.', lat: 38.91, lon: -77.04 },
	{ id: 'paris', name: 'Paris', lat: 48.85, lon: 2.35 },
	{ id: 'atlantis', name: 'Atlantis', lat: 0, lon: -30 }
];

describe('homeBox', () => {
	const cases = [
		{ why: 'the story focus wins', focus, places, expected: focus },
		{
			why: 'without a focus, all places with a 10% margin',
			focus: undefined,
			places: [places[0], places[1]],
			expected: { west: 4.35 - 2.617, east: 30.52 + 2.617, south: 49.45, north: 51.85 }
		},
		{
			why: 'one place gets a degree around it',
			focus: undefined,
			places: [places[0]],
			expected: { west: 29.52, east: 31.52, south: 49.45, north: 51.45 }
		},
		{
			why: 'an upside-down focus is ignored',
			focus: { west: 40, south: 39, east: 13, north: 53 },
			places: [places[0]],
			expected: { west: 29.52, east: 31.52, south: 49.45, north: 51.45 }
		},
		{
			why: 'a focus across 180°, written west greater than east, is framed the short way',
			focus: { west: 170, south: -25, east: -170, north: -10 },
			places: [places[0]],
			expected: { west: 170, south: -25, east: 190, north: -10 }
		},
		{ why: 'nothing to frame', focus: undefined, places: [], expected: null },
		{
			why: 'places on both sides of 180° are framed the short way round',
			focus: undefined,
			places: [
				{ lat: -18.14, lon: 178.44 },
				{ lat: 61.22, lon: -149.9 },
				{ lat: 1.33, lon: 172.98 },
				{ lat: -36.85, lon: 174.76 },
				{ lat: 64.73, lon: -177.5 }
			],
			expected: { west: 172.98 - 3.712, east: 210.1 + 3.712, south: -47.008, north: 74.888 }
		},
		{
			why: 'places all round the world give the whole world',
			focus: undefined,
			places: [-180, -120, -60, 0, 60, 120].map((lon) => ({ lat: 0, lon })),
			expected: { west: -180, east: 180, south: -1, north: 1 }
		}
	];
	it.each(cases)('homeBox(focus, places): $why', ({ focus, places, expected }) => {
		const box = homeBox(focus, places);
		if (expected === null) return expect(box).toBeNull();
		for (const side of ['west', 'south', 'east', 'north'] as const) {
			expect(box![side]).toBeCloseTo(expected[side], 2);
		}
	});
});

describe('drawnCopy', () => {
	const box = (west: number, east: number) => ({ west, east, south: -10, north: 10 });
	it.each([
		{ name: 'a box within ±180° stays', from: box(-20, 40), to: box(-20, 40) },
		{
			name: 'Fiji to Alaska, middle past 180°, a world west',
			from: box(170, 220),
			to: box(-190, -140)
		},
		{ name: 'Japan to the Andes, a world west', from: box(130, 300), to: box(-230, -60) },
		{ name: 'a middle just short of 180° stays', from: box(150, 209), to: box(150, 209) },
		{ name: 'a middle past -180° goes a world east', from: box(-250, -150), to: box(110, 210) },
		{
			name: 'written west greater than east, as a GeoJSON bounding box across 180°',
			from: box(156.2, -160.1),
			to: box(156.2, 199.9)
		},
		{ name: 'the same, its middle past 180°', from: box(175, -150), to: box(-185, -150) }
	])('$name', ({ from, to }) => {
		const copy = drawnCopy(from);
		expect(copy.south).toBe(to.south);
		expect(copy.west).toBeCloseTo(to.west, 9);
		expect(copy.east).toBeCloseTo(to.east, 9);
	});
});

describe('boxContains', () => {
	it.each([
		{ lat: 50.45, lon: 30.52, expected: true },
		{ lat: 53, lon: 13, expected: true },
		{ lat: 55.76, lon: 37.62, expected: false },
		{ lat: 50.85, lon: 4.35, expected: false },
		{ lat: 50.45, lon: 30.52 + 360, expected: true }
	])('boxContains(focus, $lat, $lon) is $expected', ({ lat, lon, expected }) => {
		expect(boxContains(focus, lat, lon)).toBe(expected);
	});
});

it('boxContains(box across 180°, Alaska) finds the copy east of 180°', () => {
	const pacific = { west: 165, south: -50, east: 215, north: 75 };
	expect(boxContains(pacific, 61.22, -149.9)).toBe(true);
	expect(boxContains(pacific, -18.14, 178.44)).toBe(true);
	expect(boxContains(pacific, 35.68, 139.69)).toBe(false);
});

describe('placesOutside', () => {
	it('placesOutside lists shown places beyond the view, most events first, then by name', () => {
		const counts = new Map([
			['kyiv', 9],
			['brussels', 1],
			['washington', 2],
			['paris', 1]
		]);
		expect(
			placesOutside(places, counts, focus).map(({ place, count }) => [place.id, count])
		).toEqual([
			['washington', 2],
			['brussels', 1],
			['paris', 1]
		]);
	});
});

describe('geometryBox', () => {
	it.each([
		{
			geometry: {
				type: 'Polygon' as const,
				coordinates: [
					[
						[20, 41],
						[22, 41],
						[21, 42.5],
						[20, 41]
					]
				]
			},
			expected: { west: 20, south: 41, east: 22, north: 42.5 }
		},
		{
			geometry: {
				type: 'MultiPolygon' as const,
				coordinates: [
					[
						[
							[20, 41],
							[21, 41],
							[20, 42],
							[20, 41]
						]
					],
					[
						[
							[30, 45],
							[31, 45],
							[30, 46],
							[30, 45]
						]
					]
				]
			},
			expected: { west: 20, south: 41, east: 31, north: 46 }
		}
	])('geometryBox($geometry.type) spans every ring', ({ geometry, expected }) => {
		expect(geometryBox(geometry)).toEqual(expected);
	});
});
