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

	it.each([
		{ unit: 'day', expected: 'month' },
		{ unit: 'month', expected: 'year' },
		{ unit: 'year', expected: 'year' }
	] as const)('a page step from $unit is a $expected', ({ unit, expected }) => {
		expect(coarserUnit(unit)).toBe(expected);
	});
});
