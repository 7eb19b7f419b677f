import { describe, expect, it } from 'vitest';
import { readTime } from './readTime';

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
		{ value: { year: 2023 }, message: 'must be a date written as text' }
	])('readTime($value) is refused', ({ value, message }) => {
		const result = readTime(value);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toContain(message);
	});
});
