import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_DECIMAL_LENGTH, readCoordinates } from './readCoordinates';

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

describe('readCoordinates on hostile text', () => {
	afterEach(() => vi.restoreAllMocks());

	it.each([
		{ name: 'digits then a letter', value: `${'1'.repeat(20_000)}x` },
		{ name: 'digits with a point then a letter', value: `1.${'1'.repeat(20_000)}x` },
		{ name: 'a long valid-looking number', value: '1'.repeat(20_000) }
	])('never hands more than a short text to a pattern: $name', ({ value }) => {
		const test = vi.spyOn(RegExp.prototype, 'test');
		const result = readCoordinates(value, '30');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems[0].message).toContain('is not a number');
		const lengths = test.mock.calls.map(([text]) => String(text).length);
		expect(Math.max(0, ...lengths)).toBeLessThanOrEqual(MAX_DECIMAL_LENGTH);
	});

	it('still reads numbers written with many decimals', () => {
		expect(readCoordinates('50.450000000000000001', '-0.1')).toEqual({
			ok: true,
			lat: 50.45,
			lon: -0.1
		});
	});
});
