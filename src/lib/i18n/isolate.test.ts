import { describe, expect, it } from 'vitest';
import { isolate } from './isolate';

describe('isolate', () => {
	it.each([
		{ text: 'نوفمبر 2023', language: 'ar', expected: '\u2067نوفمبر 2023\u2069' },
		{ text: 'November 2023', language: 'en', expected: 'November 2023' },
		{ text: 'novembar 2023', language: 'sr-Latn', expected: 'novembar 2023' }
	] as const)('isolate($text, $language) is $expected', ({ text, language, expected }) => {
		expect(isolate(text, language)).toBe(expected);
	});
});
