import { describe, expect, it } from 'vitest';
import { DAY, MIN_VISIBLE_SPAN, timelineDomain } from './timelineDomain';

const utc = (year: number, month = 1, day = 1) => Date.UTC(year, month - 1, day);

describe('timelineDomain', () => {
	const cases = [
		{
			name: 'pads a ten-year extent by 2% each side',
			extent: [utc(2014), utc(2024)] as const,
			expected: [
				utc(2014) - Math.round((utc(2024) - utc(2014)) * 0.02),
				utc(2024) + Math.round((utc(2024) - utc(2014)) * 0.02)
			]
		},
		{
			name: 'pads a one-day extent to the narrowest zoom',
			extent: [utc(2023, 11, 21), utc(2023, 11, 22)] as const,
			expected: [utc(2023, 11, 21) - 1.5 * DAY, utc(2023, 11, 22) + 1.5 * DAY]
		},
		{
			name: 'pads an empty extent to the narrowest zoom',
			extent: [utc(2023), utc(2023)] as const,
			expected: [utc(2023) - 2 * DAY, utc(2023) + 2 * DAY]
		}
	];
	it.each(cases)('$name', ({ extent, expected }) => {
		const domain = timelineDomain(extent);
		expect(domain[0]).toBeCloseTo(expected[0], -1);
		expect(domain[1]).toBeCloseTo(expected[1], -1);
		expect(domain[1] - domain[0]).toBeGreaterThanOrEqual(MIN_VISIBLE_SPAN);
	});
});
