import { describe, expect, it } from 'vitest';
import { directionOf, numberLocale, pickLanguage } from './languages';

describe('pickLanguage', () => {
	it.each([
		{ preferred: [], expected: 'en' },
		{ preferred: ['de-DE', 'fr'], expected: 'en' },
		{ preferred: ['uk-UA', 'en'], expected: 'uk' },
		{ preferred: ['de', 'mk'], expected: 'mk' },
		{ preferred: ['sr'], expected: 'sr' },
		{ preferred: ['sr-RS'], expected: 'sr' },
		{ preferred: ['sr-Cyrl'], expected: 'sr' },
		{ preferred: ['sr-Cyrl-ME'], expected: 'sr' },
		{ preferred: ['sr-Latn'], expected: 'sr-Latn' },
		{ preferred: ['sr-Latn-RS'], expected: 'sr-Latn' },
		{ preferred: ['SR-LATN-BA'], expected: 'sr-Latn' },
		{ preferred: ['sr_Latn'], expected: 'sr-Latn' },
		{ preferred: ['sr-ME'], expected: 'sr-Latn' },
		{ preferred: ['sq-XK'], expected: 'sq' },
		{ preferred: ['sq-MK', 'mk'], expected: 'sq' },
		{ preferred: ['ar-EG'], expected: 'ar' },
		{ preferred: ['he', 'ar'], expected: 'ar' },
		{ preferred: ['srb', 'en-US'], expected: 'en' }
	])('pickLanguage($preferred) is $expected', ({ preferred, expected }) => {
		const input = Object.freeze([...preferred]);
		expect(pickLanguage(input)).toBe(expected);
	});
});

describe('directionOf', () => {
	it.each([
		{ language: 'ar', expected: 'rtl' },
		{ language: 'en', expected: 'ltr' },
		{ language: 'sr-Latn', expected: 'ltr' }
	] as const)('directionOf($language) is $expected', ({ language, expected }) => {
		expect(directionOf(language)).toBe(expected);
	});
});

describe('numberLocale', () => {
	it('writes Arabic counts in the same Western digits as its dates', () => {
		expect(new Intl.NumberFormat(numberLocale('ar')).format(12345)).toBe('12,345');
	});

	it.each([
		{ language: 'sr', expected: '12.345' },
		{ language: 'sq', expected: '12\u00a0345' },
		{ language: 'uk', expected: '12\u00a0345' }
	] as const)('numberLocale($language) groups thousands its way', ({ language, expected }) => {
		expect(new Intl.NumberFormat(numberLocale(language)).format(12345)).toBe(expected);
	});
});
