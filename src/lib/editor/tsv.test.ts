import { describe, expect, it } from 'vitest';
import { parseTsv, toTsv } from './tsv';

describe('parseTsv(text)', () => {
	it.each([
		{ text: '', expected: [] },
		{ text: 'a\tb', expected: [['a', 'b']] },
		{ text: 'a\tb\n', expected: [['a', 'b']] },
		{
			text: 'a\tb\r\nc\td\r\n',
			expected: [
				['a', 'b'],
				['c', 'd']
			]
		},
		{ text: 'a\t\tc', expected: [['a', '', 'c']] },
		{ text: '"two\nlines"\tx', expected: [['two\nlines', 'x']] },
		{ text: '"He said ""no"""\t2023', expected: [['He said "no"', '2023']] },
		{ text: 'say "hi"\tx', expected: [['say "hi"', 'x']] },
		{ text: 'Київ\t50.45\t30.52', expected: [['Київ', '50.45', '30.52']] }
	])('$text', ({ text, expected }) => {
		expect(parseTsv(text)).toEqual(expected);
	});

	it('reads 100,000 rows in linear time', () => {
		const text = 'id\tdate\ttitle\n'.repeat(100_000);
		const started = performance.now();
		expect(parseTsv(text)).toHaveLength(100_000);
		expect(performance.now() - started).toBeLessThan(5000);
	});
});

describe('toTsv(rows)', () => {
	it.each([
		{ rows: [['a', 'b']], expected: 'a\tb' },
		{ rows: [['tab\there', 'x']], expected: '"tab\there"\tx' },
		{ rows: [['"q"'], ['line\nbreak']], expected: '"""q"""\n"line\nbreak"' }
	])('$expected', ({ rows, expected }) => {
		expect(toTsv(rows)).toBe(expected);
	});

	it('round-trips through parseTsv', () => {
		const rows = [
			['crimea', '2014-03', 'He said "no"'],
			['kyiv', '', 'a\tb\nc']
		];
		expect(parseTsv(toTsv(rows))).toEqual(rows);
	});
});
