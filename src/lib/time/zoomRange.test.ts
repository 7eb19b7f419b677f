import { describe, expect, it } from 'vitest';
import { clampRange, panToInclude, sameRange, zoomLimits } from './zoomRange';
import { DAY } from './timelineDomain';

const utc = (year: number, month = 1, day = 1) => Date.UTC(year, month - 1, day);
const full = [utc(2014), utc(2024)] as const;

describe('clampRange', () => {
	const cases = [
		{
			name: 'keeps a range inside',
			range: [utc(2019), utc(2020)],
			expected: [utc(2019), utc(2020)]
		},
		{
			name: 'shifts a range that starts too early',
			range: [utc(2013), utc(2015)],
			expected: [utc(2014), utc(2016)]
		},
		{
			name: 'shifts a range that ends too late',
			range: [utc(2023), utc(2025)],
			expected: [utc(2024) - 731 * DAY, utc(2024)]
		},
		{ name: 'shrinks a range wider than all', range: [utc(2000), utc(2030)], expected: [...full] },
		{
			name: 'widens a range narrower than the minimum',
			range: [utc(2019, 6, 10), utc(2019, 6, 11)],
			expected: [utc(2019, 6, 9), utc(2019, 6, 12)]
		}
	];
	it.each(cases)('$name', ({ range, expected }) => {
		const input = [range[0], range[1]] as const;
		expect(clampRange(input, full, 3 * DAY)).toEqual(expected);
		expect(input).toEqual([range[0], range[1]]);
	});
});

describe('panToInclude', () => {
	const range = [utc(2019), utc(2020)] as const;
	const cases = [
		{ name: 'leaves a range that holds the time', time: utc(2019, 6), expected: range },
		{
			name: 'pans forward, time 10% in',
			time: utc(2021),
			expected: [utc(2021) - 36.5 * DAY, utc(2021) + 328.5 * DAY]
		},
		{
			name: 'pans back, time 10% in',
			time: utc(2016),
			expected: [utc(2016) - 36.5 * DAY, utc(2016) + 328.5 * DAY]
		},
		{
			name: 'stops at the start of all',
			time: utc(2014, 1, 5),
			expected: [utc(2014), utc(2014) + 365 * DAY]
		},
		{
			name: 'stops at the end of all',
			time: utc(2023, 12, 30),
			expected: [utc(2024) - 365 * DAY, utc(2024)]
		}
	];
	it.each(cases)('$name', ({ time, expected }) => {
		expect(panToInclude(range, time, full)).toEqual(expected);
	});
	it('returns the very same range when nothing moves', () => {
		expect(panToInclude(range, utc(2019, 3), full)).toBe(range);
	});
});

describe('sameRange', () => {
	it.each([
		{ a: [0, 1e9], b: [0, 1e9], expected: true },
		{ a: [0, 1e9], b: [100, 1e9 + 100], expected: true },
		{ a: [0, 1e9], b: [10_000, 1e9], expected: false },
		{ a: null, b: null, expected: true },
		{ a: [0, 1], b: null, expected: false }
	] as const)('$a vs $b', ({ a, b, expected }) => {
		expect(sameRange(a, b)).toBe(expected);
	});
});

describe('zoomLimits', () => {
	it('zooms from the whole span down to the minimum span', () => {
		expect(zoomLimits([0, 100 * DAY], 4 * DAY)).toEqual([1, 25]);
	});
	it('never lets the maximum fall under 1', () => {
		expect(zoomLimits([0, DAY], 4 * DAY)).toEqual([1, 1]);
	});
});
