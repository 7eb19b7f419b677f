import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importDataset } from './importDataset';
import { headerColumns, normaliseColumn, readCsv, separatorLine, titleLineEnd } from './readCsv';

describe('readCsv', () => {
	it('names each record by the line it starts on, across quoted line breaks and blank lines', () => {
		const text = 'ID,Title\n1,One\n2,"Two\nlines"\n\n3,Three\r\n4,"a\r\nb\r\nc"\n5,Five';
		expect(readCsv(text).rows).toEqual([
			{ line: 2, values: { id: '1', title: 'One' } },
			{ line: 3, values: { id: '2', title: 'Two\nlines' } },
			{ line: 6, values: { id: '3', title: 'Three' } },
			{ line: 7, values: { id: '4', title: 'a\r\nb\r\nc' } },
			{ line: 10, values: { id: '5', title: 'Five' } }
		]);
	});

	it('reads a byte-order mark, short rows and other delimiters', () => {
		expect(readCsv('\uFEFFa;b\n1', ';')).toEqual({
			columns: ['a', 'b'],
			rows: [{ line: 2, values: { a: '1', b: '' } }]
		});
	});

	it('gives increasing line numbers within the file, for any CSV-ish text', () => {
		const csvish = fc.stringMatching(/^[a-z",\n\r ]{0,60}$/);
		fc.assert(
			fc.property(csvish, (text) => {
				const { rows } = readCsv(`a,b\n${text}`);
				const lines = rows.map((row) => row.line);
				expect([...lines].sort((x, y) => x - y)).toEqual(lines);
				const lineCount = `a,b\n${text}`.split(/\r\n|\r|\n/).length;
				expect(lines.every((line) => line >= 2 && line <= lineCount)).toBe(true);
			})
		);
	});
});

describe('normaliseColumn and headerColumns', () => {
	it.each([
		{ name: 'End Year', expected: 'end_year' },
		{ name: ' source_url ', expected: 'source_url' },
		{ name: 'Media-Credit', expected: 'media_credit' }
	])('normaliseColumn($name) is $expected', ({ name, expected }) => {
		expect(normaliseColumn(name)).toBe(expected);
	});

	it('reads only the first line', () => {
		expect(headerColumns('Year\tHeadline\n2023\tx', '\t')).toEqual(['year', 'headline']);
		expect(headerColumns('', ',')).toEqual([]);
		expect(headerColumns('A;B\rc;d', ';')).toEqual(['a', 'b']);
	});
});

describe('readCsv with hostile column names', () => {
	it('keeps __proto__, constructor and toString as plain columns (names normalised) of prototype-less rows', () => {
		const { rows } = readCsv('title,__proto__,constructor,toString\nA,{"x":1},c,t\nB,,,');
		expect(readCsv('__proto__\n{"x":1}').rows[0].values.x).toBeUndefined();
		expect(Object.getPrototypeOf(rows[0].values)).toBeNull();
		expect(Object.entries(rows[0].values)).toEqual([
			['title', 'A'],
			['_proto_', '{"x":1}'],
			['constructor', 'c'],
			['tostring', 't']
		]);
		expect(rows[1].values.constructor).toBe('');
		expect(({} as Record<string, unknown>).x).toBeUndefined();
	});
});

describe('readCsv below a line that is no header', () => {
	it.each([
		{ name: "a report's title", text: 'Incident report, exported 5 March\nTitle;Date\nA, b;2024' },
		{ name: 'a title padded with delimiters', text: 'Export;;\nTitle;Date\nA, b;2024' },
		{ name: 'a blank line', text: '\r\nTitle;Date\r\nA, b;2024' },
		{ name: 'both, after sep=', text: 'sep=;\nReport\nTitle;Date\nA, b;2024', line: 4 }
	])('skips it, its rows keeping their lines: $name', ({ text, line = 3 }) => {
		expect(readCsv(text, ';')).toEqual({
			columns: ['title', 'date'],
			rows: [{ line, values: { title: 'A, b', date: '2024' } }]
		});
	});

	it.each([
		{ text: 'Title;Date\nA;2024', end: 0 },
		{ text: 'Title\nA;2024', end: 6 },
		{ text: 'Title;Date', end: 0 },
		{ text: 'Report\nonly one', end: 0 },
		{ text: 'Report\r\nA;B', end: 8 }
	])('titleLineEnd($text)', ({ text, end }) => {
		expect(titleLineEnd(text, ';')).toBe(end);
	});
});

describe('readCsv after an Excel sep= line', () => {
	it.each([
		{ name: 'sep=; and CRLF', text: 'sep=;\r\nTitle;Date\r\nA, b;2024\r\n', delimiter: ',' },
		{ name: 'a byte-order mark', text: '\uFEFFsep=;\nTitle;Date\nA, b;2024', delimiter: ',' },
		{ name: 'a quoted "sep=;"', text: '"sep=;"\nTitle;Date\nA, b;2024', delimiter: ';' },
		{ name: 'padding delimiters', text: 'sep=;;\nTitle;Date\nA, b;2024', delimiter: '\t' },
		{ name: 'sep=,', text: 'sep=,\nTitle,Date\n"A, b",2024', delimiter: ';' },
		{ name: 'sep= and a tab', text: 'sep=\t\nTitle\tDate\nA, b\t2024', delimiter: ',' }
	])('skips the line and reads with its delimiter: $name', ({ text, delimiter }) => {
		expect(readCsv(text, delimiter)).toEqual({
			columns: ['title', 'date'],
			rows: [{ line: 3, values: { title: 'A, b', date: '2024' } }]
		});
		expect(headerColumns(text, delimiter)).toEqual(['title', 'date']);
	});

	it.each([
		{ text: 'sep=;\nx', expected: { delimiter: ';', tableStart: 6 } },
		{ text: '\uFEFF"sep=,"\r\nx', expected: { delimiter: ',', tableStart: 10 } },
		{ text: 'sep=|', expected: { delimiter: '|', tableStart: 5 } },
		{ text: 'sep=\nx', expected: null },
		{ text: 'sep=a\nx', expected: null },
		{ text: 'sep=";\nx', expected: null },
		{ text: '"sep=;\nx', expected: null },
		{ text: 'sep=;title;date\nx', expected: null },
		{ text: 'separator;x\n1;2', expected: null },
		{ text: ' sep=;\nx', expected: null }
	])('separatorLine($text)', ({ text, expected }) => {
		expect(separatorLine(text)).toEqual(expected);
	});

	it('names lines as the file numbers them, the sep= line included', () => {
		const result = importDataset('sep=;\ntitle;date\nA;2024\nB;2024-13-01', { name: 'x.csv' });
		expect(result.dataset?.events.map((event) => event.title)).toEqual(['A']);
		expect(result.problems).toEqual([
			expect.objectContaining({ row: 'line 4', field: 'date', severity: 'error' })
		]);
	});

	it.each([
		{ name: 'a Chronomap CSV', text: 'sep=;\r\ntitle;date;note\r\nTalks;2024-03-05;a, b' },
		{ name: 'a Chronomap CSV with sep=,', text: 'sep=,\ntitle,date,note\nTalks,2024-03-05,"a; b"' },
		{ name: 'a TimelineJS sheet', text: '"sep=;"\nYear;Month;Day;Headline\n2024;3;5;Talks' },
		{
			name: 'any table through a column mapping',
			text: 'sep=;\nDatum;Ereignis;Ort, Land\n2024-03-05;Talks;Kyiv, Ukraine',
			mapping: { title: 'Ereignis', date: { column: 'Datum', form: 'iso' as const } }
		}
	])('imports $name written after a sep= line', ({ text, mapping }) => {
		const result = importDataset(text, { name: 'x.csv', mapping });
		expect(result.problems).toEqual([]);
		expect(result.dataset?.events.map((event) => [event.title, event.date])).toEqual([
			['Talks', expect.objectContaining({ year: 2024, month: 3, day: 5 })]
		]);
	});
});
