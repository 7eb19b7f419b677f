import { describe, expect, it } from 'vitest';
import { fitBox, mercatorUnit, project } from './webMercator';

describe('mercatorUnit', () => {
	it.each([
		{ lon: 0, lat: 0, expected: [0.5, 0.5] },
		{ lon: -180, lat: 85.0511287798, expected: [0, 0] },
		{ lon: 180, lat: -85.0511287798, expected: [1, 1] },
		{ lon: 90, lat: 89.9, expected: [0.75, 0] }
	])('mercatorUnit($lon, $lat) is $expected', ({ lon, lat, expected }) => {
		const [x, y] = mercatorUnit(lon, lat);
		expect(x).toBeCloseTo(expected[0], 6);
		expect(y).toBeCloseTo(expected[1], 6);
	});
});

describe('fitBox', () => {
	const boxes = [
		{ name: 'the Balkans and Ukraine', box: { west: 13, south: 39, east: 41, north: 53 } },
		{ name: 'a tall box in Chile', box: { west: -76, south: -56, east: -66, north: -17 } },
		{ name: 'a wide box over the Pacific', box: { west: 120, south: -10, east: 179, north: 5 } }
	];

	it.each(boxes)('fitBox($name) keeps the box inside the padded view and centres it', ({ box }) => {
		const frame = fitBox(box, 800, 400, 8);
		const [left, top] = project(frame, box.west, box.north);
		const [right, bottom] = project(frame, box.east, box.south);
		for (const x of [left, right]) expect(x).toBeGreaterThanOrEqual(8 - 1e-6);
		for (const x of [left, right]) expect(x).toBeLessThanOrEqual(792 + 1e-6);
		for (const y of [top, bottom]) expect(y).toBeGreaterThanOrEqual(8 - 1e-6);
		for (const y of [top, bottom]) expect(y).toBeLessThanOrEqual(392 + 1e-6);
		// One side touches the padding: the box is as large as it can be.
		const fills = Math.abs(right - left - 784) < 1e-6 || Math.abs(bottom - top - 384) < 1e-6;
		expect(fills).toBe(true);
		expect((left + right) / 2).toBeCloseTo(400, 6);
		expect((top + bottom) / 2).toBeCloseTo(200, 6);
	});
});
