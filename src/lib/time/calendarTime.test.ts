import { describe, expect, it } from 'vitest';
import {
	calendarStartOf,
	compareCalendarDates,
	endOf,
	isoInstant,
	parseCalendarDate,
	startOf,
	toIsoString,
	type CalendarDate
} from './calendarDate';

const date = (text: string): CalendarDate => {
	const parsed = parseCalendarDate(text);
	if (!parsed.ok) throw new Error(parsed.reason);
	return parsed.date;
};

describe('parseCalendarDate with a time of day', () => {
	const table = [
		{
			text: '2022-02-24T04:50+02:00',
			expected: {
				year: 2022,
				month: 2,
				day: 24,
				hour: 4,
				minute: 50,
				offset: 120,
				precision: 'minute'
			}
		},
		{
			text: '2022-02-24T09:00:30Z',
			expected: {
				...{ year: 2022, month: 2, day: 24, hour: 9, minute: 0, second: 30 },
				...{ offset: 0, precision: 'second' }
			}
		},
		{
			text: '2022-02-23T22:15-09:30',
			expected: {
				year: 2022,
				month: 2,
				day: 23,
				hour: 22,
				minute: 15,
				offset: -570,
				precision: 'minute'
			}
		}
	];
	it.each(table)('reads $text in its own offset', ({ text, expected }) => {
		expect(parseCalendarDate(text)).toEqual({ ok: true, date: expected });
	});
});

describe('startOf and endOf of a time', () => {
	const table = [
		{
			text: '2022-02-24T04:50+02:00',
			start: '2022-02-24T02:50:00.000Z',
			end: '2022-02-24T02:51:00.000Z'
		},
		{
			text: '2022-02-24T01:00+02:00',
			start: '2022-02-23T23:00:00.000Z',
			end: '2022-02-23T23:01:00.000Z'
		},
		{
			text: '2022-02-24T09:00:30Z',
			start: '2022-02-24T09:00:30.000Z',
			end: '2022-02-24T09:00:31.000Z'
		},
		{
			text: '2022-02-24T23:30-05:00',
			start: '2022-02-25T04:30:00.000Z',
			end: '2022-02-25T04:31:00.000Z'
		}
	];
	it.each(table)('$text is the instant $start in TZ=' + process.env.TZ, ({ text, start, end }) => {
		expect(new Date(startOf(date(text))).toISOString()).toBe(start);
		expect(new Date(endOf(date(text))).toISOString()).toBe(end);
	});

	it('keeps a time on the calendar day of its own offset', () => {
		expect(calendarStartOf(date('2022-02-24T01:00+02:00'))).toBe(Date.UTC(2022, 1, 24));
		expect(calendarStartOf(date('2022-02-24T23:30-05:00'))).toBe(Date.UTC(2022, 1, 24));
	});
});

describe('toIsoString of a time', () => {
	it.each(['2022-02-24T04:50+02:00', '2022-02-24T09:00:30Z', '2022-02-23T22:15-09:30'])(
		'writes %s back as read',
		(text) => expect(toIsoString(date(text))).toBe(text)
	);
	it('writes +00:00 as Z', () => {
		expect(toIsoString(date('2022-02-24T04:50+00:00'))).toBe('2022-02-24T04:50Z');
	});
});

describe('compareCalendarDates within a day', () => {
	it('puts the day first, then the times of that day by instant', () => {
		const texts = [
			'2022-02-25',
			'2022-02-24T09:00+03:00',
			'2022-02-24T04:50+02:00',
			'2022-02-24',
			'2022-02-24T01:00+02:00',
			'2022-02',
			'2022-02-23T23:30Z'
		];
		const sorted = texts.map(date).sort(compareCalendarDates).map(toIsoString);
		expect(sorted).toEqual([
			'2022-02',
			'2022-02-23T23:30Z',
			'2022-02-24',
			'2022-02-24T01:00+02:00',
			'2022-02-24T04:50+02:00',
			'2022-02-24T09:00+03:00',
			'2022-02-25'
		]);
	});
});

describe('isoInstant', () => {
	it.each([
		{ ms: Date.UTC(2022, 1, 24, 2, 50), expected: '2022-02-24T02:50Z' },
		{ ms: Date.UTC(2022, 1, 24, 2, 50, 7, 900), expected: '2022-02-24T02:50:07Z' },
		{ ms: Date.UTC(2022, 1, 24), expected: '2022-02-24T00:00Z' }
	])('writes $ms as $expected', ({ ms, expected }) => expect(isoInstant(ms)).toBe(expected));
});
