import { describe, expect, it } from 'vitest';
import { dataOriginOf } from './dataOriginOf';

describe('dataOriginOf(dataUrl, appOrigin, allowedOrigins)', () => {
	const app = 'https://graphics.news.example';
	it.each([
		{ url: `${app}/data/events.json`, allowed: [], expected: { kind: 'own' } },
		{
			url: 'https://data.example/x.json',
			allowed: [],
			expected: { kind: 'remote', host: 'data.example' }
		},
		{
			url: 'http://127.0.0.1:5201/x.json',
			allowed: [],
			expected: { kind: 'remote', host: '127.0.0.1:5201' }
		},
		{
			url: 'https://data.example/x.json',
			allowed: ['https://data.example'],
			expected: { kind: 'own' }
		},
		{
			url: 'https://data.example.evil/x.json',
			allowed: ['https://data.example'],
			expected: { kind: 'remote', host: 'data.example.evil' }
		}
	])('$url with $allowed', ({ url, allowed, expected }) => {
		expect(dataOriginOf(new URL(url), app, allowed)).toEqual(expected);
	});
});
