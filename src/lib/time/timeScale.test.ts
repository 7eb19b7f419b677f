import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { timeScale } from './timeScale';

const day = (text: string) => Date.parse(`${text}T00:00:00Z`);

describe('timeScale', () => {
	const cases: [string, [number, number], [number, number]][] = [
		['nine years on 960 px', [day('2014-01-01'), day('2023-12-01')], [0, 960]],
		[
			'an afternoon on 320 px',
			[day('2022-02-24') + 12 * 3.6e6, day('2022-02-24') + 18 * 3.6e6],
			[0, 320]
		],
		['a reversed range', [day('2020-01-01'), day('2021-01-01')], [500, 20]],
		['before 1970', [day('1914-07-28'), day('1918-11-11')], [0, 800]]
	];
	it.each(cases)('maps and inverts as d3-scale’s scaleUtc does: %s', (_, domain, range) => {
		const ours = timeScale(domain, range);
		const d3 = scaleUtc().domain(domain).range(range);
		for (let i = 0; i <= 10; i++) {
			const time = domain[0] + ((domain[1] - domain[0]) * i) / 10 + 1234;
			expect(ours(time)).toBeCloseTo(d3(time), 6);
			const x = range[0] + ((range[1] - range[0]) * i) / 10;
			expect(ours.invert(x).getTime()).toBeCloseTo(d3.invert(x).getTime(), 0);
		}
		expect(ours.domain().map(Number)).toEqual(domain);
		expect(ours.range()).toEqual(range);
	});

	it('maps a domain of one instant to the middle of the range', () => {
		const scale = timeScale([5, 5], [0, 100]);
		expect(scale(5)).toBe(50);
		expect(scale.invert(30).getTime()).toBe(5);
	});
});
