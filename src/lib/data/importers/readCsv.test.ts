import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { headerColumns, normaliseColumn, readCsv } from './readCsv';

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
