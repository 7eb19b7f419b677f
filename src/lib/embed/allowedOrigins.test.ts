import { describe, expect, it } from 'vitest';
import {
	isAllowedOrigin,
	normaliseOrigin,
	parseAllowedOrigins,
	targetOrigins
} from './allowedOrigins';

describe('normaliseOrigin', () => {
	it.each([
		{ value: 'https://news.example', expected: 'https://news.example' },
		{ value: 'https://News.Example', expected: 'https://news.example' },
		{ value: 'HTTPS://news.example/', expected: 'https://news.example' },
		{ value: 'https://news.example:443', expected: 'https://news.example' },
		{ value: 'http://news.example:80/', expected: 'http://news.example' },
		{ value: 'https://news.example:8443', expected: 'https://news.example:8443' },
		{ value: 'http://127.0.0.1:5181', expected: 'http://127.0.0.1:5181' },
		{ value: 'https://news.example/article', expected: null },
		{ value: 'https://news.example//', expected: null },
		{ value: 'https://news.example/?q=1', expected: null },
		{ value: 'https://news.example?', expected: null },
		{ value: 'https://news.example#top', expected: null },
		{ value: 'https://user:pw@news.example', expected: null },
		{ value: 'https://@news.example', expected: null },
		{ value: 'javascript:alert(1)', expected: null },
		{ value: 'ftp://news.example', expected: null },
		{ value: '*', expected: null },
		{ value: 'news.example', expected: null }
	])('normaliseOrigin($value) is $expected', ({ value, expected }) => {
		expect(normaliseOrigin(value)).toBe(expected);
	});
});

describe('parseAllowedOrigins', () => {
	it.each([
		{ values: [], expected: { origins: [], refused: [], closed: false } },
		{
			values: ['https://a.example, https://B.example:443/', 'https://a.example/'],
			expected: { origins: ['https://a.example', 'https://b.example'], refused: [], closed: false }
		},
		{
			values: ['https://a.example/path https://b.example'],
			expected: {
				origins: ['https://b.example'],
				refused: ['https://a.example/path'],
				closed: false
			}
		},
		{
			values: ['https://a.example/path'],
			expected: { origins: [], refused: ['https://a.example/path'], closed: true }
		},
		{ values: [' , '], expected: { origins: [], refused: [], closed: false } }
	])('parseAllowedOrigins($values)', ({ values, expected }) => {
		expect(parseAllowedOrigins(values)).toEqual(expected);
	});
});

describe('fail closed', () => {
	it('allows every origin only when origin= was not given, and none when nothing usable was', () => {
		const none = parseAllowedOrigins([]);
		const news = parseAllowedOrigins(['https://News.example/']);
		const broken = parseAllowedOrigins(['https://news.example/article']);
		expect(isAllowedOrigin('https://evil.example', none)).toBe(true);
		expect(targetOrigins(none)).toEqual(['*']);
		expect(isAllowedOrigin('https://evil.example', news)).toBe(false);
		expect(isAllowedOrigin('https://news.example', news)).toBe(true);
		expect(targetOrigins(news)).toEqual(['https://news.example']);
		expect(isAllowedOrigin('https://news.example', broken)).toBe(false);
		expect(isAllowedOrigin('https://evil.example', broken)).toBe(false);
		expect(targetOrigins(broken)).toEqual([]);
	});
});
