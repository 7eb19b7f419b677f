import { describe, expect, it } from 'vitest';
import {
	compareCalendarDates,
	endOf,
	instantOfIsoDay,
	isOffset,
	isoDayOfInstant,
	parseCalendarDate,
	startOf,
	toIsoString
} from './calendarDate';

describe('parseCalendarDate', () => {
	const valid = [
		{ text: '2014', expected: { year: 2014, precision: 'year' } },
		{ text: '2023-06', expected: { year: 2023, month: 6, precision: 'month' } },
		{ text: '2023-11-21', expected: { year: 2023, month: 11, day: 21, precision: 'day' } },
		{ text: '2024-02-29', expected: { year: 2024, month: 2, day: 29, precision: 'day' } },
		{ text: ' 2019-02-06 ', expected: { year: 2019, month: 2, day: 6, precision: 'day' } },
		{ text: '2000-02-29', expected: { year: 2000, month: 2, day: 29, precision: 'day' } },
		{ text: '0000-02-29', expected: { year: 0, month: 2, day: 29, precision: 'day' } },
		{ text: '-0004-02-29', expected: { year: -4, month: 2, day: 29, precision: 'day' } },
		{ text: '2023-04-30', expected: { year: 2023, month: 4, day: 30, precision: 'day' } },
		{ text: '2023-12-31', expected: { year: 2023, month: 12, day: 31, precision: 'day' } }
	];
	it.each(valid)('reads $text', ({ text, expected }) => {
		expect(parseCalendarDate(text)).toEqual({ ok: true, date: expected });
	});

	const invalid = [
		{ text: '2023-02-30', reason: 'not a real date' },
		{ text: '2023-02-29', reason: 'not a real date' },
		{ text: '2023-13-01', reason: 'no month 13' },
		{ text: '2023-00', reason: 'no month 0' },
		{ text: '2023-11-00', reason: 'not a real date' },
		{ text: '1900-02-29', reason: 'not a real date' },
		{ text: '-0001-02-29', reason: 'not a real date' },
		{ text: '2023-04-31', reason: 'not a real date' },
		{ text: '2023-01-32', reason: 'not a real date' },
		{ text: '21/11/2023', reason: 'YYYY, YYYY-MM, YYYY-MM-DD or' },
		{ text: '2023-11-21T10:00', reason: 'has a time but no offset' },
		{ text: '2023-11-21T24:00Z', reason: 'not a real time' },
		{ text: '2023-11-21T10:60+02:00', reason: 'not a real time' },
		{ text: '2023-11-21T10:00+15:00', reason: 'no real offset' },
		{ text: '2023-11-21T10:00+0200', reason: 'YYYY-MM-DDTHH:mm with an offset' },
		{ text: '2023-11-21 10:00Z', reason: 'YYYY-MM-DDTHH:mm with an offset' },
		{ text: '', reason: 'YYYY, YYYY-MM, YYYY-MM-DD or' },
		{ text: 20231121, reason: 'not a date written as text' },
		{ text: null, reason: 'not a date written as text' }
	];
	it.each(invalid)('refuses $text', ({ text, reason }) => {
		const result = parseCalendarDate(text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toContain(reason);
	});
});

describe('startOf and endOf', () => {
	const table = [
		{ text: '2014', start: '2014-01-01T00:00:00.000Z', end: '2015-01-01T00:00:00.000Z' },
		{ text: '2023-06', start: '2023-06-01T00:00:00.000Z', end: '2023-07-01T00:00:00.000Z' },
		{ text: '2023-12', start: '2023-12-01T00:00:00.000Z', end: '2024-01-01T00:00:00.000Z' },
		{ text: '2023-11-21', start: '2023-11-21T00:00:00.000Z', end: '2023-11-22T00:00:00.000Z' },
		{ text: '2023-12-31', start: '2023-12-31T00:00:00.000Z', end: '2024-01-01T00:00:00.000Z' },
		{ text: '0050-03-01', start: '0050-03-01T00:00:00.000Z', end: '0050-03-02T00:00:00.000Z' },
		{ text: '0099', start: '0099-01-01T00:00:00.000Z', end: '0100-01-01T00:00:00.000Z' },
		{ text: '0000-12', start: '0000-12-01T00:00:00.000Z', end: '0001-01-01T00:00:00.000Z' },
		{ text: '-0001', start: '-000001-01-01T00:00:00.000Z', end: '0000-01-01T00:00:00.000Z' },
		{ text: '0100-02-28', start: '0100-02-28T00:00:00.000Z', end: '0100-03-01T00:00:00.000Z' }
	];
	it.each(table)('$text spans $start to $end in UTC whatever TZ is', ({ text, start, end }) => {
		const parsed = parseCalendarDate(text);
		if (!parsed.ok) throw new Error(parsed.reason);
		expect(new Date(startOf(parsed.date)).toISOString()).toBe(start);
		expect(new Date(endOf(parsed.date)).toISOString()).toBe(end);
	});
});

describe('toIsoString', () => {
	it.each(['2014', '2023-06', '2023-11-21', '0050-03-01'])('round-trips %s', (text) => {
		const parsed = parseCalendarDate(text);
		if (!parsed.ok) throw new Error(parsed.reason);
		expect(toIsoString(parsed.date)).toBe(text);
	});
});

describe('compareCalendarDates', () => {
	const date = (text: string) => {
		const parsed = parseCalendarDate(text);
		if (!parsed.ok) throw new Error(parsed.reason);
		return parsed.date;
	};
	it('orders by start, wider span first', () => {
		const sorted = ['2023-11-21', '2023-11', '2023', '2022-09-30', '2023-06-04']
			.map(date)
			.sort(compareCalendarDates)
			.map(toIsoString);
		expect(sorted).toEqual(['2022-09-30', '2023', '2023-06-04', '2023-11', '2023-11-21']);
	});
});

describe('isoDayOfInstant and instantOfIsoDay', () => {
	it.each(['2014-03-16', '2019-02-06', '2023-11-21', '2024-02-29'])('round-trips %s', (day) => {
		const ms = instantOfIsoDay(day);
		expect(ms).not.toBeNull();
		expect(isoDayOfInstant(ms!)).toBe(day);
		expect(isoDayOfInstant(ms! + 86_399_999)).toBe(day);
	});
	it.each(['2023-11', '2023', '2023-02-30', 'yesterday', 5])('rejects %s', (text) => {
		expect(instantOfIsoDay(text)).toBeNull();
	});
});

describe('isOffset', () => {
	it.each([
		{ text: 'Z', ok: true },
		{ text: '+02:00', ok: true },
		{ text: '-09:30', ok: true },
		{ text: '+14:00', ok: true },
		{ text: '+14:30', ok: false },
		{ text: '+2:00', ok: false },
		{ text: 'z', ok: false },
		{ text: 'UTC', ok: false },
		{ text: '', ok: false }
	])('"$text": $ok', ({ text, ok }) => {
		expect(isOffset(text)).toBe(ok);
	});
});
