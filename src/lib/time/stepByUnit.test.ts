import { describe, expect, it } from 'vitest';
import { coarserUnit, stepByUnit } from './stepByUnit';

const utc = (year: number, month = 1, day = 1, hour = 0) => Date.UTC(year, month - 1, day, hour);

describe('stepByUnit(time, unit, direction)', () => {
	const cases = [
		{
			name: 'next day from mid-day',
			time: utc(2023, 11, 21, 15),
			unit: 'day',
			direction: 1,
			expected: utc(2023, 11, 22)
		},
		{
			name: 'previous day from mid-day: start of the same day',
			time: utc(2023, 11, 21, 15),
			unit: 'day',
			direction: -1,
			expected: utc(2023, 11, 21)
		},
		{
			name: 'previous day from midnight',
			time: utc(2023, 11, 21),
			unit: 'day',
			direction: -1,
			expected: utc(2023, 11, 20)
		},
		{
			name: 'next month across a year',
			time: utc(2023, 12, 5),
			unit: 'month',
			direction: 1,
			expected: utc(2024, 1, 1)
		},
		{
			name: 'previous month from the 1st',
			time: utc(2024, 3, 1),
			unit: 'month',
			direction: -1,
			expected: utc(2024, 2, 1)
		},
		{ name: 'next year', time: utc(2023, 11, 21), unit: 'year', direction: 1, expected: utc(2024) },
		{
			name: 'previous year from inside one',
			time: utc(2023, 11, 21),
			unit: 'year',
			direction: -1,
			expected: utc(2023)
		},
		{
			name: 'previous year from 1 January',
			time: utc(2023),
			unit: 'year',
			direction: -1,
			expected: utc(2022)
		}
	] as const;
	it.each(cases)('$name', ({ time, unit, direction, expected }) => {
		expect(stepByUnit(time, unit, direction)).toBe(expected);
	});

	const at = (iso: string) => Date.parse(iso);
	it.each([
		{
			time: '2025-03-12T04:17Z',
			unit: 'hour',
			direction: 1,
			offset: 0,
			expected: '2025-03-12T05:00Z'
		},
		{
			time: '2025-03-12T04:17Z',
			unit: 'hour',
			direction: -1,
			offset: 0,
			expected: '2025-03-12T04:00Z'
		},
		{
			time: '2025-03-12T04:00Z',
			unit: 'hour',
			direction: -1,
			offset: 0,
			expected: '2025-03-12T03:00Z'
		},
		{
			time: '2025-03-12T23:30Z',
			unit: 'hour',
			direction: 1,
			offset: 0,
			expected: '2025-03-13T00:00Z'
		},
		{
			time: '2025-03-12T04:17:30Z',
			unit: 'minute',
			direction: 1,
			offset: 0,
			expected: '2025-03-12T04:18Z'
		},
		{
			time: '2025-03-12T04:17Z',
			unit: 'minute',
			direction: -1,
			offset: 0,
			expected: '2025-03-12T04:16Z'
		},
		// On the +05:30 clock 04:17 UTC is 09:47: the next hour is 10:00 there, 04:30 UTC.
		{
			time: '2025-03-12T04:17Z',
			unit: 'hour',
			direction: 1,
			offset: 330,
			expected: '2025-03-12T04:30Z'
		},
		{
			time: '2025-03-12T04:17Z',
			unit: 'hour',
			direction: -1,
			offset: 330,
			expected: '2025-03-12T03:30Z'
		},
		{
			time: '2025-03-12T04:17Z',
			unit: 'hour',
			direction: 1,
			offset: -570,
			expected: '2025-03-12T04:30Z'
		},
		{
			time: '2025-03-12T04:17Z',
			unit: 'hour',
			direction: 1,
			offset: 345,
			expected: '2025-03-12T05:15Z'
		},
		{
			time: '2025-03-12T04:17Z',
			unit: 'hour',
			direction: 1,
			offset: 120,
			expected: '2025-03-12T05:00Z'
		},
		// By the ticks' step: every 30 minutes, every 3 hours (of the +05:30 clock: 09:47 -> 12:00).
		{
			time: '2025-03-12T04:17Z',
			unit: 'minute',
			direction: 1,
			offset: 0,
			step: 30,
			expected: '2025-03-12T04:30Z'
		},
		{
			time: '2025-03-12T04:17Z',
			unit: 'minute',
			direction: -1,
			offset: 0,
			step: 30,
			expected: '2025-03-12T04:00Z'
		},
		{
			time: '2025-03-12T04:00Z',
			unit: 'minute',
			direction: -1,
			offset: 0,
			step: 15,
			expected: '2025-03-12T03:45Z'
		},
		{
			time: '2025-03-12T04:17Z',
			unit: 'hour',
			direction: 1,
			offset: 330,
			step: 3,
			expected: '2025-03-12T06:30Z'
		},
		{
			time: '2025-03-12T04:17Z',
			unit: 'hour',
			direction: -1,
			offset: 330,
			step: 3,
			expected: '2025-03-12T03:30Z'
		},
		// Days stay UTC calendar days whatever the clock, as the day ticks do.
		{
			time: '2025-03-12T04:17Z',
			unit: 'day',
			direction: 1,
			offset: 330,
			expected: '2025-03-13T00:00Z'
		}
	] as const)(
		'stepByUnit($time, $unit, $direction, $offset, $step) is $expected',
		({ time, unit, direction, offset, expected, ...rest }) => {
			const step = 'step' in rest ? rest.step : 1;
			expect(stepByUnit(at(time), unit, direction, offset, step)).toBe(at(expected));
		}
	);

	it.each([
		{ unit: 'minute', expected: 'hour' },
		{ unit: 'hour', expected: 'day' },
		{ unit: 'day', expected: 'month' },
		{ unit: 'month', expected: 'year' },
		{ unit: 'year', expected: 'year' }
	] as const)('a page step from $unit is a $expected', ({ unit, expected }) => {
		expect(coarserUnit(unit)).toBe(expected);
	});
});
