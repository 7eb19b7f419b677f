import { describe, expect, it } from 'vitest';
import { correctionsHref } from './correctionsHref';

describe('correctionsHref(value)', () => {
	it.each([
		{ value: 'corrections@news.example', expected: 'mailto:corrections@news.example' },
		{ value: 'mailto:desk@news.example', expected: 'mailto:desk@news.example' },
		{ value: 'https://news.example/corrections', expected: 'https://news.example/corrections' },
		{ value: 'https://news.example@evil.example/', expected: undefined },
		{ value: 'javascript:alert(1)', expected: undefined },
		{ value: 'call the newsroom', expected: undefined },
		{ value: undefined, expected: undefined }
	])('$value → $expected', ({ value, expected }) => {
		expect(correctionsHref(value)).toBe(expected);
	});
});
