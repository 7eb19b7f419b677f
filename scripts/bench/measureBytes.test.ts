import { describe, expect, it } from 'vitest';
import { kindOf } from './measureBytes';

describe('kindOf', () => {
	it.each([
		{ url: 'http://h/_app/immutable/chunks/a.js', type: 'text/javascript', expected: 'js' },
		{ url: 'http://h/_app/immutable/assets/App.css', type: 'text/css', expected: 'css' },
		{ url: 'http://h/basemap/basemap.json', type: 'application/json', expected: 'basemap' },
		{ url: 'http://h/data/events.json', type: 'application/json', expected: 'data' },
		{ url: 'http://h/bench-data/1000.json', type: '', expected: 'data' },
		{ url: 'http://h/css/icons/tl-icons.woff2', type: 'font/woff2', expected: 'fonts' },
		{ url: 'http://h/css/icons/tl-icons.ttf', type: 'application/octet-stream', expected: 'fonts' },
		{ url: 'http://h/embed/', type: 'text/html', expected: 'other' },
		{ url: 'http://h/favicon.svg', type: 'image/svg+xml', expected: 'other' }
	])('kindOf($url) is $expected', ({ url, type, expected }) => {
		expect(kindOf(url, type)).toBe(expected);
	});
});
