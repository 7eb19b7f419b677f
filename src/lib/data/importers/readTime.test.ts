import { describe, expect, it } from 'vitest';
import { epochUnit, isClock, joinClock, readTime, secondsWarning } from './readTime';

describe('readTime', () => {
	it.each([
		{ value: '2023', date: '2023' },
		{ value: '2023-06', date: '2023-06' },
		{ value: ' 2023-11-21 ', date: '2023-11-21' },
		{ value: '2023-11-21T10:00:00Z', date: '2023-11-21T10:00:00Z' },
		{ value: '2023-11-21T23:30:00-05:00', date: '2023-11-21T23:30:00-05:00' },
		{ value: '2023-11-21T01:00+0300', date: '2023-11-21T01:00+03:00' },
		{ value: '2023-11-21T01:00+03', date: '2023-11-21T01:00+03:00' },
		{ value: '2023-11-21 10:20:30.999z', date: '2023-11-21T10:20:30Z' },
		{ value: Date.UTC(2022, 1, 24, 3), date: '2022-02-24T03:00Z' },
		{ value: Date.UTC(2022, 1, 24, 3, 4, 5, 999), date: '2022-02-24T03:04:05Z' },
		{ value: 1914, date: '1914' },
		{ value: -44, date: '-0044' },
		{ value: 0, date: '0000' },
		{ value: 9999, date: '9999' },
		{ value: -9999, date: '-9999' },
		{ value: 1e11, date: '1973-03-03T09:46:40Z' },
		{ value: 20240305, date: '2024-03-05' },
		{ value: 19140628, date: '1914-06-28' },
		{ value: '', date: undefined },
		{ value: null, date: undefined }
	])('readTime($value) is $date', ({ value, date }) => {
		expect(readTime(value)).toEqual({ ok: true, date });
	});

	it.each([
		{ value: '2023-11-21T23:00', date: '2023-11-21' },
		{ value: '2023-11-21 23:59:59.999', date: '2023-11-21' }
	])('keeps the day of $value, which has no offset, with a warning', ({ value, date }) => {
		expect(readTime(value)).toEqual({
			ok: true,
			date,
			warning: expect.stringContaining('has a time but no offset')
		});
	});

	it.each([
		{ value: '2023-02-30T10:00Z', message: '"2023-02-30T10:00Z" is not a real date' },
		{ value: '2023-02-30', message: 'is not a real date' },
		{ value: '2023-11-21T25:00Z', message: 'is not a real time' },
		{ value: 'yesterday', message: '"yesterday" is not a date' },
		{ value: Infinity, message: 'is not a time' },
		{
			value: 20240230,
			message:
				'20240230 is not a time: it is not a year (-9999 to 9999), and as milliseconds since 1970 it would be 1970-01-01T05:37:20Z'
		},
		{ value: 20241305, message: 'it is not a year' },
		{ value: 10000, message: 'it is not a year' },
		{ value: 1914.5, message: 'it is not a year' },
		{ value: -5e7, message: 'it would be 1969-12-31T10:06:40Z' },
		{ value: { year: 2023 }, message: 'must be a date written as text' }
	])('readTime($value) is refused', ({ value, message }) => {
		const result = readTime(value);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toContain(message);
	});

	it.each([
		{ value: 1709649000, date: '2024-03-05T14:30Z' },
		{ value: 1709649012.75, date: '2024-03-05T14:30:12Z' },
		{ value: -1e9, date: '1938-04-24T22:13:20Z' },
		{ value: 1914, date: '1914' }
	])('readTime($value, seconds) is $date', ({ value, date }) => {
		expect(readTime(value, 's')).toEqual({ ok: true, date });
	});

	it('refuses a number of seconds within a day of 1970 as no instant', () => {
		expect(readTime(86_400, 's')).toMatchObject({
			ok: false,
			message: expect.stringContaining('as seconds since 1970 it would be 1970-01-02T00:00Z')
		});
	});
});

describe('epochUnit', () => {
	it.each([
		{ values: [1709649000000, 1709601234567], unit: 'ms', example: undefined },
		{ values: [1709649000, 1709601234], unit: 's', example: 1709649000 },
		{ values: [1914, 1709649000], unit: 's', example: 1709649000 },
		{ values: [-1e9, 1e8], unit: 's', example: -1e9 },
		{ values: [1709649000, 1709649000000], unit: 'ms', example: undefined },
		{ values: [1914, 2024], unit: 'ms', example: undefined },
		{ values: [5e7], unit: 'ms', example: undefined },
		{ values: [NaN, 1709649000], unit: 's', example: 1709649000 },
		{ values: [], unit: 'ms', example: undefined }
	])('epochUnit($values) is $unit', ({ values, unit, example }) => {
		const copy = [...values];
		expect(epochUnit(values)).toEqual(example === undefined ? { unit } : { unit, example });
		expect(values).toEqual(copy);
	});
});

describe('secondsWarning', () => {
	it.each([
		{
			example: 1709649000,
			message: 'numbers read as seconds since 1970 (1709649000 is 5 March 2024, 14:30 UTC)'
		},
		{
			example: 1709649012,
			message: 'numbers read as seconds since 1970 (1709649012 is 5 March 2024, 14:30:12 UTC)'
		},
		{
			example: -1e9,
			message: 'numbers read as seconds since 1970 (-1000000000 is 24 April 1938, 22:13:20 UTC)'
		}
	])('secondsWarning($example)', ({ example, message }) => {
		expect(secondsWarning(example)).toBe(message);
	});
});

describe('joinClock', () => {
	it.each([
		{ day: '2024-03-05', clock: '14:30Z', read: { ok: true, date: '2024-03-05T14:30Z' } },
		{ day: ' 2024-03-05 ', clock: ' 9:05 ', read: { ok: true, warning: 'has no offset' } },
		{
			day: '2024-03-05',
			clock: '14:30:15.5+0200',
			read: { ok: true, date: '2024-03-05T14:30:15+02:00' }
		},
		{ day: '2024-03-05', clock: '14:30 -03', read: { ok: true, date: '2024-03-05T14:30-03:00' } },
		{ day: '2024-03', clock: '14:30Z', read: { ok: true, warning: 'not "2024-03"' } },
		{ day: 1914, clock: '14:30Z', read: { ok: true, warning: 'not "1914"' } },
		{
			day: '2024-03-05',
			clock: '24:00Z',
			read: { ok: false, message: '"24:00Z" is not a real time of day' }
		},
		{
			day: '2024-03-05',
			clock: '14:30+15:00',
			read: { ok: false, message: '"14:30+15:00" is not a real time of day' }
		},
		{
			day: '2024-03-05',
			clock: '2:30 PM',
			read: { ok: true, warning: '"2:30 PM" has no offset' }
		},
		{ day: '2024-03-05', clock: '2:30 pm UTC', read: { ok: true, date: '2024-03-05T14:30Z' } },
		{
			day: '2024-03-05',
			clock: 'noon',
			read: { ok: false, message: '"noon" is not a time of day' }
		}
	])('joinClock($day, $clock)', ({ day, clock, read }) => {
		const { warning, message, ...rest } = read as Record<string, unknown>;
		expect(joinClock(day, clock)).toEqual({
			...rest,
			...(warning ? { warning: expect.stringContaining(warning as string) } : {}),
			...(message ? { message: expect.stringContaining(message as string) } : {})
		});
	});

	it.each([
		{ value: '14:30', clock: true },
		{ value: '9:05:30.25 +05:30', clock: true },
		{ value: '2024-03-05', clock: false },
		{ value: '2024-03-05T14:30Z', clock: false },
		{ value: '1:2', clock: false },
		{ value: 1430, clock: false }
	])('isClock($value) is $clock', ({ value, clock }) => {
		expect(isClock(value)).toBe(clock);
	});
});
