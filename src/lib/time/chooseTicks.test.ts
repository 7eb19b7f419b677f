import { describe, expect, it } from 'vitest';
import { chooseTicks } from './chooseTicks';

const utc = (year: number, month = 1, day = 1) => Date.UTC(year, month - 1, day);

describe('chooseTicks(domain, width)', () => {
	const cases = [
		{
			name: 'ten years at 1200 px: every year',
			domain: [utc(2014), utc(2024)],
			width: 1200,
			unit: 'year',
			step: 1
		},
		{
			name: 'ten years at 320 px: every 2 years',
			domain: [utc(2014), utc(2024)],
			width: 320,
			unit: 'year',
			step: 2
		},
		{
			name: 'one year at 1200 px: every month',
			domain: [utc(2023), utc(2024)],
			width: 1200,
			unit: 'month',
			step: 1
		},
		{
			name: 'one year at 320 px: every 3 months',
			domain: [utc(2023), utc(2024)],
			width: 320,
			unit: 'month',
			step: 3
		},
		{
			name: 'one month at 1200 px: every 2 days',
			domain: [utc(2023, 11), utc(2023, 12)],
			width: 1200,
			unit: 'day',
			step: 2
		},
		{
			name: 'four days at 320 px: every day',
			domain: [utc(2023, 11, 20), utc(2023, 11, 24)],
			width: 320,
			unit: 'day',
			step: 1
		},
		{
			name: 'a thousand years: coarse years',
			domain: [utc(1000), utc(2000)],
			width: 800,
			unit: 'year',
			step: 60
		}
	];
	it.each(cases)('$name', ({ domain, width, unit, step }) => {
		const result = chooseTicks([domain[0], domain[1]], width);
		expect(result.unit).toBe(unit);
		expect(result.step).toBe(step);
		expect(result.ticks.length).toBeGreaterThan(0);
		expect(result.ticks.length).toBeLessThanOrEqual(width / 40 + 2);
		for (const tick of result.ticks) {
			expect(tick).toBeGreaterThanOrEqual(domain[0]);
			expect(tick).toBeLessThanOrEqual(domain[1]);
		}
	});

	it('puts year ticks on 1 January UTC', () => {
		const { ticks } = chooseTicks([utc(2014, 3), utc(2017, 6)], 300);
		expect(ticks).toEqual([utc(2015), utc(2016), utc(2017)]);
	});

	it('makes no ticks without a width', () => {
		expect(chooseTicks([utc(2014), utc(2024)], 0).ticks).toEqual([]);
	});
});

describe('chooseTicks day ticks', () => {
	it.each([
		{ step: 2, width: 1000, days: [1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 1] },
		{ step: 7, width: 500, days: [1, 8, 15, 22, 1] },
		{ step: 14, width: 250, days: [1, 15, 1] }
	])('every $step days restart on the 1st without crowding it', ({ step, width, days }) => {
		const result = chooseTicks([Date.UTC(2023, 9, 1), Date.UTC(2023, 10, 1)], width);
		expect(result.step).toBe(step);
		expect(result.ticks.map((tick) => new Date(tick).getUTCDate())).toEqual(days);
	});
});
