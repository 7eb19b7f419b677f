import { afterEach, describe, expect, it, vi } from 'vitest';
import { importDataset } from './importDataset';
import { MAX_DECIMAL_LENGTH, readCoordinates } from './readCoordinates';

describe('readCoordinates', () => {
	it.each([
		{ lat: '50.45', lon: '30.52', expected: { ok: true, lat: 50.45, lon: 30.52 } },
		{ lat: ' -33.9 ', lon: '+151.2', expected: { ok: true, lat: -33.9, lon: 151.2 } },
		{ lat: 0, lon: 0, expected: { ok: true, lat: 0, lon: 0 } },
		{ lat: '50,4501', lon: '30,5234', expected: { ok: true, lat: 50.4501, lon: 30.5234 } },
		{ lat: ' -33,9 ', lon: '+151,2', expected: { ok: true, lat: -33.9, lon: 151.2 } },
		{ lat: '-0,5', lon: '0,000001', expected: { ok: true, lat: -0.5, lon: 0.000001 } },
		{ lat: '50,45', lon: '30.52', expected: { ok: true, lat: 50.45, lon: 30.52 } }
	])('reads ($lat, $lon)', ({ lat, lon, expected }) => {
		expect(readCoordinates(lat, lon)).toEqual(expected);
	});

	it.each([
		{ lat: '95', lon: '30', field: 'lat', message: '95 must be between -90 and 90' },
		{ lat: '50', lon: '-200', field: 'lon', message: '-200 must be between -180 and 180' },
		{ lat: '1.234,5', lon: '30', field: 'lat', message: '"1.234,5" is not a number (write one' },
		{ lat: '1,234.5', lon: '30', field: 'lat', message: '"1,234.5" is not a number (write one' },
		{ lat: '50,45,1', lon: '30', field: 'lat', message: '"50,45,1" is not a number' },
		{ lat: '50', lon: '30,', field: 'lon', message: '"30," is not a number' },
		{ lat: ',5', lon: '30', field: 'lat', message: '",5" is not a number' },
		{ lat: '50, 45', lon: '30', field: 'lat', message: '"50, 45" is not a number' },
		{ lat: '1234,5', lon: '30', field: 'lat', message: '1234.5 must be between -90 and 90' },
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
		{ name: 'a long valid-looking number', value: '1'.repeat(20_000) },
		{ name: 'digits around a decimal comma', value: `${'1'.repeat(10_000)},${'1'.repeat(10_000)}` },
		{ name: 'digits and commas', value: '1,'.repeat(10_000) }
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

describe('coordinates written with decimal commas', () => {
	it('places every row of a European spreadsheet saved with semicolons', () => {
		const text = [
			'Title;Date;Note;Lat;Lon;Place',
			'"Protest in Kyiv";2024-03-05;"One; two";50,4501;30,5234;Kyiv',
			'"Strike on Odesa";2024-03-06;;46,4825;-30,7233;Odesa',
			'"Dot coords";2024-03-08;;48.4647;35.0462;Dnipro'
		].join('\r\n');
		const result = importDataset(text, { name: 'europe.csv' });
		expect(result.problems).toEqual([]);
		const places = new Map(result.dataset!.places.map((place) => [place.id, place]));
		expect(
			result.dataset!.events.map((event) => {
				const place = places.get(event.places[0])!;
				return [event.title, place.name, place.lat, place.lon];
			})
		).toEqual([
			['Protest in Kyiv', 'Kyiv', 50.4501, 30.5234],
			['Strike on Odesa', 'Odesa', 46.4825, -30.7233],
			['Dot coords', 'Dnipro', 48.4647, 35.0462]
		]);
	});
});
