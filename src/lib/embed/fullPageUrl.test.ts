import { describe, expect, it } from 'vitest';
import { fullPageUrl } from './fullPageUrl';

describe('fullPageUrl(appUrl, state)', () => {
	it.each([
		{
			appUrl: 'https://maps.example.org/chronomap',
			state: {},
			expected: 'https://maps.example.org/chronomap/'
		},
		{
			appUrl: 'https://maps.example.org/',
			state: { theme: 'dark' as const },
			expected: 'https://maps.example.org/?theme=dark'
		},
		{
			appUrl: 'https://maps.example.org/chronomap',
			state: {
				event: 'crimea-referendum-2014',
				lang: 'uk' as const,
				data: 'https://news.example/d.json'
			},
			expected:
				'https://maps.example.org/chronomap/?data=https%3A%2F%2Fnews.example%2Fd.json&event=crimea-referendum-2014&lang=uk'
		}
	])('$expected', ({ appUrl, state, expected }) => {
		const before = structuredClone(state);
		expect(fullPageUrl(appUrl, state)).toBe(expected);
		expect(state).toEqual(before);
	});
});
