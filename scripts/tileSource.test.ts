import { describe, expect, it } from 'vitest';
import { readTileSource } from './tileSource.js';

describe('readTileSource(url, attribution)', () => {
	it.each([
		{ url: undefined, attribution: undefined, expected: null },
		{ url: '  ', attribution: 'ignored', expected: null },
		{
			url: ' /tiles/{z}/{x}/{y}.png ',
			attribution: ' © Our newsroom, © OpenStreetMap contributors ',
			expected: {
				template: '/tiles/{z}/{x}/{y}.png',
				attribution: '© Our newsroom, © OpenStreetMap contributors'
			}
		},
		{
			url: 'https://news.example/maps/{z}/{x}/{y}.webp',
			attribution: 'Newsroom',
			expected: { template: 'https://news.example/maps/{z}/{x}/{y}.webp', attribution: 'Newsroom' }
		}
	])('reads $url', ({ url, attribution, expected }) => {
		expect(readTileSource(url, attribution)).toEqual(expected);
	});

	it.each([
		{ url: '/tiles/{z}/{x}.png', attribution: 'a', message: /no \{y\}/ },
		{ url: '//cdn.example/{z}/{x}/{y}.png', attribution: 'a', message: /neither a path/ },
		{ url: 'tiles/{z}/{x}/{y}.png', attribution: 'a', message: /neither a path/ },
		{ url: 'ftp://news.example/{z}/{x}/{y}.png', attribution: 'a', message: /not an http/ },
		{ url: 'javascript:{z}{x}{y}', attribution: 'a', message: /not an http/ },
		{ url: '/tiles/{z}/{x}/{y}.png', attribution: ' ', message: /ATTRIBUTION/ }
	])('refuses $url with attribution "$attribution"', ({ url, attribution, message }) => {
		expect(() => readTileSource(url, attribution)).toThrow(message);
	});
});
