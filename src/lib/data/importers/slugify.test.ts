import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from './slugify';

describe('slugify', () => {
	it.each([
		{ text: 'Kyiv', expected: 'kyiv' },
		{ text: '  NATO summit, Vilnius!  ', expected: 'nato-summit-vilnius' },
		{ text: 'Київ', expected: 'київ' },
		{ text: 'Скопје 2023', expected: 'скопје-2023' },
		{ text: '<script>', expected: 'script' },
		{ text: '!!!', expected: '' },
		{ text: 'a'.repeat(80), expected: 'a'.repeat(60) }
	])('slugify($text) is $expected', ({ text, expected }) => {
		expect(slugify(text)).toBe(expected);
	});
});

describe('uniqueSlug', () => {
	it('appends a number when the slug is taken and records every id it gives', () => {
		const used = new Set(['kyiv']);
		expect(uniqueSlug('Kyiv', 'place', used)).toBe('kyiv-2');
		expect(uniqueSlug('KYIV', 'place', used)).toBe('kyiv-3');
		expect(uniqueSlug('...', 'event-4', used)).toBe('event-4');
		expect([...used]).toEqual(['kyiv', 'kyiv-2', 'kyiv-3', 'event-4']);
	});
});
