import { describe, expect, it } from 'vitest';
import { uk, mk } from 'date-fns/locale';
import { chooseTicks } from './chooseTicks';
import { formatTick } from './formatTick';
import { coarserUnit, stepByUnit } from './stepByUnit';

const HOUR = 3_600_000;
const day = Date.UTC(2022, 1, 24);

describe('chooseTicks with times of day', () => {
	it('stops at days for data without times', () => {
		const ticks = chooseTicks([day, day + 6 * HOUR], 1200);
		expect(ticks.unit).toBe('day');
	});
	it.each([
		{ span: 24 * HOUR, width: 1200, unit: 'hour', step: 1 },
		{ span: 24 * HOUR, width: 320, unit: 'hour', step: 6 },
		{ span: 2 * HOUR, width: 1200, unit: 'minute', step: 5 },
		{ span: HOUR / 2, width: 1200, unit: 'minute', step: 5 },
		{ span: HOUR / 2, width: 2400, unit: 'minute', step: 1 },
		{ span: 40 * 24 * HOUR, width: 1200, unit: 'day', step: 2 }
	])('$span ms at $width px ticks every $step $unit', ({ span, width, unit, step }) => {
		const ticks = chooseTicks([day, day + span], width, { finest: 'minute' });
		expect({ unit: ticks.unit, step: ticks.step }).toEqual({ unit, step });
	});
	it('puts hour ticks on the display offset clock', () => {
		const { ticks } = chooseTicks([day, day + 12 * HOUR], 320, { finest: 'minute', offset: 330 });
		// every 3 hours of UTC+5:30: 00:00 local is 18:30 UTC the day before.
		expect(ticks.map((time) => new Date(time).toISOString().slice(11, 16))).toEqual([
			'00:30',
			'03:30',
			'06:30',
			'09:30'
		]);
	});
});

describe('formatTick for clock units, in TZ=' + process.env.TZ, () => {
	it.each([
		{ time: day + 4 * HOUR + 50 * 60_000, unit: 'minute', offset: 0, expected: '04:50' },
		{ time: day + 2 * HOUR, unit: 'hour', offset: 120, expected: '04:00' },
		{ time: day - 2 * HOUR, unit: 'hour', offset: 120, expected: '24 Feb' },
		{ time: day, unit: 'hour', offset: 0, expected: '24 Feb' }
	] as const)(
		'labels $time at $unit in +$offset min as $expected',
		({ time, unit, offset, expected }) => {
			expect(formatTick(time, unit, undefined, offset)).toBe(expected);
		}
	);
	it('labels hours and the day in Ukrainian and Macedonian', () => {
		expect(formatTick(day + 9 * HOUR, 'hour', uk)).toBe('09:00');
		expect(formatTick(day, 'hour', uk)).toBe('24 лют.');
		expect(formatTick(day + 9 * HOUR, 'hour', mk)).toBe('09:00');
		expect(formatTick(day, 'minute', mk)).toMatch(/^24 фев/);
	});
});

describe('stepByUnit for clock units', () => {
	it('steps to the next and previous whole hour and minute', () => {
		const time = day + 4 * HOUR + 50 * 60_000 + 30_000;
		expect(stepByUnit(time, 'hour', 1)).toBe(day + 5 * HOUR);
		expect(stepByUnit(time, 'hour', -1)).toBe(day + 4 * HOUR);
		expect(stepByUnit(time, 'minute', 1)).toBe(day + 4 * HOUR + 51 * 60_000);
	});
	it.each([
		{ unit: 'minute', expected: 'hour' },
		{ unit: 'hour', expected: 'day' }
	] as const)('a page step from $unit is a $expected', ({ unit, expected }) => {
		expect(coarserUnit(unit)).toBe(expected);
	});
});
