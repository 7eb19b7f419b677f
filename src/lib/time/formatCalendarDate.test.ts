import { describe, expect, it } from 'vitest';
import { uk } from 'date-fns/locale';
import { parseCalendarDate } from './calendarDate';
import { formatCalendarDate, formatCalendarSpan } from './formatCalendarDate';

const date = (text: string) => {
	const parsed = parseCalendarDate(text);
	if (!parsed.ok) throw new Error(parsed.reason);
	return parsed.date;
};

describe('formatCalendarDate', () => {
	const table = [
		{ text: '2019', expected: '2019' },
		{ text: '2023-06', expected: 'June 2023' },
		{ text: '2023-11-21', expected: '21 November 2023' },
		{ text: '2014-03-16', expected: '16 March 2014' },
		{ text: '2023-01-01', expected: '1 January 2023' },
		{ text: '2023-12-31', expected: '31 December 2023' }
	];
	it.each(table)('writes $text as $expected in TZ=' + process.env.TZ, ({ text, expected }) => {
		expect(formatCalendarDate(date(text))).toBe(expected);
	});

	it('uses the locale given', () => {
		expect(formatCalendarDate(date('2023-06'), uk)).toBe('червень 2023');
		expect(formatCalendarDate(date('2023-11-21'), uk)).toBe('21 листопада 2023');
	});
});

describe('formatCalendarSpan', () => {
	it('joins date and end with a dash', () => {
		expect(formatCalendarSpan(date('2023-06'), date('2023-11'))).toBe('June 2023 – November 2023');
	});
	it('writes the date alone without an end', () => {
		expect(formatCalendarSpan(date('2019'), undefined)).toBe('2019');
	});
});
