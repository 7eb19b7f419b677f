import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectFormat } from './detectFormat';
import { readFixture } from './testing/readFixture';

describe('detectFormat', () => {
	it.each([
		{ file: 'examples/events.json', format: 'chronomap' },
		{ file: 'examples/events.csv', format: 'csv' },
		{ file: 'examples/timelinejs.csv', format: 'timelinejs-csv' },
		{ file: 'examples/timelinejs.json', format: 'timelinejs-json' },
		{ file: 'examples/events.geojson', format: 'geojson' },
		{ file: 'wrong-columns.csv', format: 'csv' },
		{ file: 'half-valid.json', format: 'chronomap' },
		{ file: 'truncated.json', format: null },
		{ file: 'not-data.txt', format: null }
	])('reads $file as $format', ({ file, format }) => {
		expect(detectFormat(readFixture(file)).format).toBe(format);
	});

	it.each([
		{ text: '\uFEFF  {"version": 1, "events": []}', format: 'chronomap' },
		{ text: '{"title": "x", "events": [{"date": "2020"}]}', format: 'chronomap' },
		{ text: '{"events": [{"start_date": {"year": 2020}}]}', format: 'timelinejs-json' },
		{ text: '{"title": {"text": {"headline": "x"}}, "events": []}', format: 'timelinejs-json' },
		{ text: '{"type": "Feature", "geometry": null, "properties": {}}', format: 'geojson' },
		{ text: 'Title;Date\nx;2020', format: 'csv' },
		{ text: 'year\tmonth\theadline\n2020\t\tx', format: 'timelinejs-csv' },
		{ text: '"Year","Headline"\r\n2020,x', format: 'timelinejs-csv' }
	])('reads $text as $format', ({ text, format }) => {
		expect(detectFormat(text).format).toBe(format);
	});

	it.each([
		{ text: '', reason: 'is empty' },
		{ text: '   \n ', reason: 'is empty' },
		{ text: '{"version": 1, "events": [', reason: 'is not valid JSON' },
		{ text: '[1, 2]', reason: 'is JSON but not a dataset' },
		{ text: '{"hello": "world"}', reason: 'is JSON but not a dataset' },
		{ text: '<!doctype html><html></html>', reason: 'is a web page' },
		{ text: 'just words', reason: 'is not in a format Chronomap reads' }
	])('explains why $text is not data', ({ text, reason }) => {
		const detected = detectFormat(text);
		expect(detected.format).toBeNull();
		if (detected.format === null) expect(detected.reason).toContain(reason);
	});

	it('never throws, whatever the text', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'grapheme' })), (text) => {
				expect([
					'chronomap',
					'csv',
					'timelinejs-csv',
					'timelinejs-json',
					'geojson',
					null
				]).toContain(detectFormat(text).format);
			})
		);
	});
});
