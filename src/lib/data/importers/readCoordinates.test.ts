import { describe, expect, it } from 'vitest';
import { readCoordinates } from './readCoordinates';

describe('readCoordinates', () => {
	it.each([
		{ lat: '50.45', lon: '30.52', expected: { ok: true, lat: 50.45, lon: 30.52 } },
		{ lat: ' -33.9 ', lon: '+151.2', expected: { ok: true, lat: -33.9, lon: 151.2 } },
		{ lat: 0, lon: 0, expected: { ok: true, lat: 0, lon: 0 } }
	])('reads ($lat, $lon)', ({ lat, lon, expected }) => {
		expect(readCoordinates(lat, lon)).toEqual(expected);
	});

	it.each([
		{ lat: '95', lon: '30', field: 'lat', message: '95 must be between -90 and 90' },
		{ lat: '50', lon: '-200', field: 'lon', message: '-200 must be between -180 and 180' },
		{ lat: '50,45', lon: '30', field: 'lat', message: '"50,45" is not a number' },
		{ lat: '0x10', lon: '30', field: 'lat', message: 'is not a number' },
		{ lat: '50', lon: '', field: 'lon', message: 'is missing' },
		{ lat: Infinity, lon: 1, field: 'lat', message: 'must be a finite number' },
		{ lat: { x: 1 }, lon: 1, field: 'lat', message: 'is not a number' }
	])('refuses ($lat, $lon)', ({ lat, lon, field, message }) => {
		const result = readCoordinates(lat, lon);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.problems[0].field).toBe(field);
			expect(result.problems[0].message).toContain(message);
		}
	});
});
