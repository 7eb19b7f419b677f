import { describe, expect, it } from 'vitest';
import { readDataOrigins } from './dataOrigins.js';

describe('readDataOrigins(text)', () => {
	it.each([
		{ text: undefined, expected: [] },
		{ text: '  ', expected: [] },
		{ text: 'https://data.example', expected: ['https://data.example'] },
		{
			text: 'https://Data.Example:443/, http://127.0.0.1:5201',
			expected: ['https://data.example', 'http://127.0.0.1:5201']
		}
	])('reads $text', ({ text, expected }) => {
		expect(readDataOrigins(text)).toEqual(expected);
	});

	it.each([
		'data.example',
		'https://data.example/path',
		'ftp://data.example',
		'https://u@x.example'
	])('refuses %s', (text) => {
		expect(() => readDataOrigins(text)).toThrow(/CHRONOMAP_DATA_ORIGINS/);
	});
});
