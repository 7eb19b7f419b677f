import { describe, expect, it } from 'vitest';
import { csvCell, readCsvText } from './csvCell';

describe('csvCell(value)', () => {
	it.each([
		{ value: 'Kyiv', expected: '"Kyiv"' },
		{ value: 'He said "no"', expected: '"He said ""no"""' },
		{ value: 'two\nlines', expected: '"two\nlines"' },
		{ value: '=HYPERLINK("x")', expected: `"'=HYPERLINK(""x"")"` },
		{ value: '+1 500', expected: `"'+1 500"` },
		{ value: '-10 people', expected: `"'-10 people"` },
		{ value: '@desk', expected: `"'@desk"` },
		{ value: '\tcmd', expected: `"'\tcmd"` },
		{ value: '\rcmd', expected: `"'\rcmd"` },
		{ value: 'a=b', expected: '"a=b"' },
		{ value: -70.67, expected: '-70.67' },
		{ value: 0, expected: '0' },
		{ value: Number.NaN, expected: '' },
		{ value: undefined, expected: '' }
	])('$value → $expected', ({ value, expected }) => {
		expect(csvCell(value)).toBe(expected);
	});
});

describe('readCsvText(value)', () => {
	it.each([
		{ value: "'=SUM(A1)", expected: '=SUM(A1)' },
		{ value: "'-10 people", expected: '-10 people' },
		{ value: "'tis the season", expected: "'tis the season" },
		{ value: 'plain', expected: 'plain' }
	])('$value → $expected', ({ value, expected }) => {
		expect(readCsvText(value)).toBe(expected);
	});
});
