import { describe, expect, it } from 'vitest';
import { longitudeSpan, longitudeWithin, nearestCopy, normalLongitude } from './wrapLongitude';

describe('normalLongitude', () => {
	it.each([
		{ lon: 0, expected: 0 },
		{ lon: 190, expected: -170 },
		{ lon: -190, expected: 170 },
		{ lon: 540, expected: -180 },
		{ lon: 179.5, expected: 179.5 }
	])('normalLongitude($lon) is $expected', ({ lon, expected }) => {
		expect(normalLongitude(lon)).toBeCloseTo(expected, 9);
	});
});

describe('longitudeSpan', () => {
	const pacific = [178.44, -149.9, 172.98, -157.36, 174.76, 177.5, -171.8];
	it.each([
		{ why: 'nothing', lons: [], expected: null },
		{ why: 'one place', lons: [30], expected: { west: 30, east: 30 } },
		{
			why: 'Europe stays as it is',
			lons: [4.35, 30.52, -9.1],
			expected: { west: -9.1, east: 30.52 }
		},
		{
			why: 'Fiji, Alaska, Kiribati, New Zealand, Chukotka the short way round',
			lons: pacific,
			expected: { west: 172.98, east: -149.9 + 360 }
		},
		{
			why: 'Tokyo and Los Angeles across the Pacific',
			lons: [139.7, -118.2],
			expected: { west: 139.7, east: 241.8 }
		},
		{
			why: 'New York and Tokyo across Europe and Asia',
			lons: [-74, 139.7, 30],
			expected: { west: -74, east: 139.7 }
		},
		{
			why: 'longitudes past 180 are read as their copies',
			lons: [190, 170],
			expected: { west: 170, east: 190 }
		}
	])('longitudeSpan: $why', ({ lons, expected }) => {
		const before = [...lons];
		const span = longitudeSpan(lons);
		expect(lons).toEqual(before);
		if (expected === null) return expect(span).toBeNull();
		expect(span!.west).toBeCloseTo(expected.west, 9);
		expect(span!.east).toBeCloseTo(expected.east, 9);
	});
});

describe('nearestCopy', () => {
	it.each([
		{ lon: -150, centre: 190, expected: 210 },
		{ lon: 178, centre: 190, expected: 178 },
		{ lon: 178, centre: -175, expected: -182 },
		{ lon: 30, centre: 10, expected: 30 },
		{ lon: -170, centre: 540, expected: 550 }
	])('nearestCopy($lon, $centre) is $expected', ({ lon, centre, expected }) => {
		expect(nearestCopy(lon, centre)).toBe(expected);
	});
});

describe('longitudeWithin', () => {
	it.each([
		{ lon: -150, west: 165, east: 215, expected: true },
		{ lon: 170, west: 165, east: 215, expected: true },
		{ lon: 100, west: 165, east: 215, expected: false },
		{ lon: 30, west: 13, east: 41, expected: true },
		{ lon: 390, west: 13, east: 41, expected: true },
		{ lon: 50, west: 13, east: 41, expected: false },
		{ lon: 0, west: -200, east: 200, expected: true }
	])('longitudeWithin($lon, $west, $east) is $expected', ({ lon, west, east, expected }) => {
		expect(longitudeWithin(lon, west, east)).toBe(expected);
	});
});
