import { describe, expect, it } from 'vitest';
import { readCoordinatePair } from './readCoordinatePair';

describe('readCoordinatePair(text)', () => {
	it.each([
		// WKT, as the Wikidata Query Service exports it: longitude first.
		['Point(18.4131 43.8563)', '43.8563', '18.4131'],
		['POINT (174.0722 -35.2692)', '-35.2692', '174.0722'],
		['  point( -175.2   -21.1 )  ', '-21.1', '-175.2'],
		['<http://www.wikidata.org/entity/Q2> Point(0.4875 50.9114)', '50.9114', '0.4875'],
		// As map sites copy it: latitude first.
		['43.8563, 18.4131', '43.8563', '18.4131'],
		['43.8563,18.4131', '43.8563', '18.4131'],
		['-35, 174', '-35', '174']
	])('%s → %s, %s', (text, lat, lon) => {
		expect(readCoordinatePair(text)).toEqual({ ok: true, lat, lon });
	});

	it.each([
		['<http://www.wikidata.org/entity/Q405> Point(23.47 0.67)', 'is a point on another globe'],
		// One number with a decimal comma, not a pair.
		['46,64', 'is not a place written Point(longitude latitude) or "latitude, longitude"'],
		['Point(18.4131)', 'is not a place written'],
		['Point(18.4131, 43.8563)', 'is not a place written'],
		['Sarajevo', '"Sarajevo" is not a place written'],
		['Point(111…111 2)', 'is not a place written'],
		['1,1,1,…', 'is not a place written']
	])('refuses %s', (shown, message) => {
		// Hostile text is named by its start, not written out in the test's name.
		const long: Record<string, string> = {
			'Point(111…111 2)': `Point(${'1'.repeat(100_000)} 2)`,
			'1,1,1,…': '1,'.repeat(50_000)
		};
		const text = long[shown] ?? shown;
		expect(readCoordinatePair(text)).toEqual({
			ok: false,
			message: expect.stringContaining(message)
		});
	});
});
