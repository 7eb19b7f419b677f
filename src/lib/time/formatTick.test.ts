import { describe, expect, it } from 'vitest';
import { uk } from 'date-fns/locale';
import { formatTick } from './formatTick';

describe('formatTick(time, unit, locale)', () => {
	const cases = [
		{ time: Date.UTC(2019, 0, 1), unit: 'year', expected: '2019' },
		{ time: Date.UTC(2023, 10, 1), unit: 'month', expected: 'Nov 2023' },
		{ time: Date.UTC(2023, 10, 21), unit: 'day', expected: '21 Nov' },
		{ time: Date.UTC(2023, 0, 1), unit: 'day', expected: '1 Jan' }
	] as const;
	it.each(cases)('$unit tick at $expected', ({ time, unit, expected }) => {
		expect(formatTick(time, unit)).toBe(expected);
	});

	it('speaks the locale it is given', () => {
		expect(formatTick(Date.UTC(2023, 10, 1), 'month', uk)).toMatch(/^лист\S* 2023$/);
	});
});
