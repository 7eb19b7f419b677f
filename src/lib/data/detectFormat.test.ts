import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DECLARES_ENTITIES, detectFormat, xmlRoot } from './detectFormat';
import { importDataset } from './importers/importDataset';
import { readFixture } from './testing/readFixture';
import { growth } from './testing/countWork';

describe('detectFormat', () => {
	it.each([
		{ file: 'examples/events.json', format: 'chronomap' },
		{ file: 'examples/events.csv', format: 'csv' },
		{ file: 'examples/timelinejs.csv', format: 'timelinejs-csv' },
		{ file: 'examples/timelinejs.json', format: 'timelinejs-json' },
		{ file: 'examples/events.geojson', format: 'geojson' },
		{ file: 'examples/events.kml', format: 'kml' },
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
		{ text: '"Year","Headline"\r\n2020,x', format: 'timelinejs-csv' },
		{ text: '<kml xmlns="http://www.opengis.net/kml/2.2"><Document/></kml>', format: 'kml' },
		{
			text: '\uFEFF<?xml version="1.0"?>\n<!-- My Maps -->\n<kml><Document/></kml>',
			format: 'kml'
		},
		{ text: '<kml:kml xmlns:kml="http://www.opengis.net/kml/2.2"/>', format: 'kml' },
		{ text: '<?xml version="1.0"?><gpx version="1.1" creator="x"><trk/></gpx>', format: 'gpx' },
		{ text: '<!DOCTYPE gpx><GPX/>', format: 'gpx' },
		{ text: '<?xml version="1.0"?><rss><channel/></rss>', format: null },
		{ text: '<!-- never closed <kml>', format: null }
	])('reads $text as $format', ({ text, format }) => {
		expect(detectFormat(text).format).toBe(format);
	});

	it.each([
		{
			name: 'a TSV whose header name holds commas',
			text: 'Date\tEvent\tLocation (city, country)\tLatitude\tLongitude\n2024-03-05\tProtest\tKyiv, Ukraine\t50.45\t30.52\n',
			delimiter: '\t'
		},
		{
			name: 'a semicolon file whose header name holds a comma',
			text: 'Titel;Datum;Ort (Stadt, Land);Lat;Lon\nDemo;2024;Kyiv, Ukraine;50,45;30,52\n',
			delimiter: ';'
		},
		{
			name: 'a semicolon file with decimal commas in every row',
			text: 'Name;Lat;Lon\nKyiv;50,45;30,52\nOdesa;46,48;30,72',
			delimiter: ';'
		},
		{
			name: 'a comma file with quoted semicolons and tabs',
			text: 'name,"a;b","c\td"\n"x;y",1,"2\t3"\n',
			delimiter: ','
		},
		{
			name: 'a comma file whose quoted value holds line breaks',
			text: 'name,note,year\n"Kyiv","one;\ntwo;\nthree",2024\nOdesa,,2023',
			delimiter: ','
		},
		{ name: 'a header alone', text: 'Name;Place;Year', delimiter: ';' },
		{ name: 'one comma in a quoted header name', text: '"Name, first"\nAnna', delimiter: ',' },
		{ name: 'ragged rows', text: 'a;b;c\n1;2\n1;2;3\n1,2,3,4', delimiter: ';' }
	])('splits $name on its own delimiter', ({ text, delimiter }) => {
		expect(detectFormat(text)).toEqual({ format: 'csv', delimiter });
	});

	it.each([
		{
			name: 'a Chronomap TSV with a comma in a header name',
			text: 'title\tdate\tLocation (city, country)\nA\t2024\tKyiv, Ukraine',
			expected: { format: 'csv', delimiter: '\t' }
		},
		{
			name: 'a TimelineJS sheet saved with semicolons',
			text: 'Year;Month;Headline;Text\n2020;1;"A, B";x',
			expected: { format: 'timelinejs-csv', delimiter: ';' }
		},
		{
			name: 'an ACLED export in tabs',
			text: 'event_id_cnty\tevent_date\tnotes\nUKR1\t2024-01-01\ta, b, c',
			expected: { format: 'acled', delimiter: '\t' }
		}
	])('still recognises $name by its header first', ({ text, expected }) => {
		expect(detectFormat(text)).toEqual(expected);
	});

	it.each([
		{ text: 'sep=;\r\ntitle;date;note\r\nA;2024;"x, y"', expected: ';' },
		{ text: '\uFEFFsep=,\ntitle,date\nA,2024', expected: ',' },
		{ text: '"sep=;"\ntitle;date\nA;2024', expected: ';' },
		{ text: 'SEP=|\ntitle|date\nA|2024', expected: '|' },
		{ text: 'sep=\t\ntitle\tdate\nA\t2024', expected: '\t' },
		{ text: 'sep=;;;\ntitle;date;x\nA;2024;1', expected: ';' },
		{ text: 'sep=;\r\nDatum;Ereignis,Art\n05.03.2024;Demo,Groß', expected: ';' }
	])('honours the delimiter a sep= line declares: $text', ({ text, expected }) => {
		expect(detectFormat(text)).toEqual({ format: 'csv', delimiter: expected });
	});

	it.each([
		{
			name: 'a TSV whose header name holds commas',
			text: 'Date\tEvent\tLocation (city, country)\tLatitude\tLongitude\n2024-03-05\tProtest, day 2\tKyiv, Ukraine\t50.45\t30.52\n'
		},
		{
			name: 'a semicolon file whose header name holds a comma',
			text: 'Date;Event;Location (city, country);Latitude;Longitude\r\n2024-03-05;Protest, day 2;Kyiv, Ukraine;50,45;30,52\r\n'
		}
	])('offers the columns of $name for mapping, and imports it whole', ({ text }) => {
		const headers = ['Date', 'Event', 'Location (city, country)', 'Latitude', 'Longitude'];
		expect(importDataset(text, { name: 'x.tsv' }).table?.headers).toEqual(headers);
		const mapping = {
			title: 'Event',
			date: { column: 'Date', form: 'iso' as const },
			place: 'Location (city, country)',
			lat: 'Latitude',
			lon: 'Longitude'
		};
		const { dataset, problems } = importDataset(text, { name: 'x.tsv', mapping });
		expect(problems).toEqual([]);
		expect(dataset?.events.map((event) => event.title)).toEqual(['Protest, day 2']);
		expect(dataset?.places.map(({ name, lat, lon }) => [name, lat, lon])).toEqual([
			['Kyiv, Ukraine', 50.45, 30.52]
		]);
	});

	it.each([
		{ text: 'sep=\ntitle,date\nA,2024', delimiter: ',' },
		{ text: '"sep=x"\ntitle;date\nA;2024', delimiter: ';' },
		// A report's title above the header, alone or padded with delimiters, and a blank line.
		{ text: 'Incident report, exported 05/03/2024\ntitle\tdate\nA\t2024', delimiter: '\t' },
		{ text: 'Report generated 2024-03-05,,,\ntitle,date,place,note\nA,2024,,', delimiter: ',' },
		{ text: '\ntitle;date\nA;2024', delimiter: ';' },
		{ text: 'Report\nwhen;what\n2024;Vote', delimiter: ';' }
	])('reads the table below a line that is no header: $text', ({ text, delimiter }) => {
		expect(detectFormat(text)).toEqual({ format: 'csv', delimiter });
	});

	it('reads a sep= line that declares nothing as the header', () => {
		expect(detectFormat('sep=;title;date\nA;2024')).toEqual({ format: 'csv', delimiter: ';' });
	});

	it.each([
		{ text: '', reason: 'is empty' },
		{ text: '   \n ', reason: 'is empty' },
		{ text: '{"version": 1, "events": [', reason: 'is not valid JSON' },
		{ text: '[1, 2]', reason: 'is JSON but not a dataset' },
		{ text: '{"hello": "world"}', reason: 'is JSON but not a dataset' },
		{ text: '<!doctype html><html></html>', reason: 'is a web page' },
		{ text: 'just words', reason: 'is not in a format Chronomap reads' },
		{ text: 'sep=', reason: 'starts with "sep=", which declares no delimiter' },
		{ text: '"sep=x"', reason: 'starts with "\\"sep=x\\"", which declares no' }
	])('explains why $text is not data', ({ text, reason }) => {
		const detected = detectFormat(text);
		expect(detected.format).toBeNull();
		if (detected.format === null) expect(detected.reason).toContain(reason);
	});

	it.each([
		{ name: 'an unclosed quote', make: (n: number) => `title,date\n"${'a,;\t'.repeat(n)}` },
		{ name: 'delimiters only', make: (n: number) => ',;\t"'.repeat(n) },
		{ name: 'quoted quotes', make: (n: number) => `"${'""'.repeat(n)}` },
		{ name: 'short lines', make: (n: number) => 'a,b;c\td\n'.repeat(n) },
		{ name: 'a padded sep= line', make: (n: number) => `sep=;${';'.repeat(n)}\ntitle;date` },
		{ name: 'a sep= line that never ends', make: (n: number) => `"sep=;"${';'.repeat(n)}x` }
	])('tells the delimiter of $name in work linear in the length', ({ make }) => {
		const texts = new Map([20_000, 40_000].map((n) => [n, make(n)]));
		const { ratio } = growth((n) => () => detectFormat(texts.get(n) ?? make(n)), 20_000);
		expect(ratio).toBeLessThan(2.5);
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
					'kml',
					'gpx',
					null
				]).toContain(detectFormat(text).format);
			})
		);
	});
});

describe('xmlRoot', () => {
	it.each([
		{ text: '<kml>', root: 'kml' },
		{ text: '  <?xml version="1.0"?> <!--a--> <!DOCTYPE x> <Kml a="1">', root: 'kml' },
		{ text: '<gpx:gpx>', root: 'gpx' },
		{ text: '<html><body>', root: 'html' },
		{ text: '<?xml version="1.0"?>', root: null },
		{ text: '<!-- open', root: null },
		{ text: '<?xml never closed', root: null },
		{ text: '<1kml>', root: null },
		{ text: '<!DOCTYPE kml [<!ENTITY a "b">]><kml>', root: DECLARES_ENTITIES },
		{ text: '', root: null }
	])('finds $root in $text', ({ text, root }) => {
		expect(xmlRoot(text)).toBe(root);
	});

	it('passes any number of doctypes in one pass', () => {
		const make = (n: number) => '<!x>'.repeat(n) + '<kml>';
		const texts = new Map([5_000, 10_000].map((n) => [n, make(n)]));
		const { ratio } = growth((n) => () => xmlRoot(texts.get(n) ?? make(n)), 5_000);
		expect(ratio).toBeLessThan(2.5);
	});

	it('passes any number of comments in one pass', () => {
		const make = (n: number) => '<!--x-->'.repeat(n) + '<kml>';
		const texts = new Map([5_000, 10_000].map((n) => [n, make(n)]));
		const { ratio } = growth((n) => () => xmlRoot(texts.get(n) ?? make(n)), 5_000);
		expect(ratio).toBeLessThan(2.5);
	});
});
