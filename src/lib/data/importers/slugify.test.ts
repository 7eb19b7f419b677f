import { describe, expect, it } from 'vitest';
import { countWork, growth } from '../testing/countWork';
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

describe('uniqueSlug work', () => {
	it('gives 20,000 equal titles distinct ids with constant work each', () => {
		const run = (n: number) => () => {
			const used = new Set<string>();
			for (let i = 0; i < n; i++) uniqueSlug('Shelling reported', 'event', used);
			return used;
		};
		const { result, work } = countWork(run(20_000));
		expect(result.size).toBe(20_000);
		expect(result.has('shelling-reported-20000')).toBe(true);
		expect(work).toBeLessThan(20_000 * 150);
		expect(growth(run, 5_000).ratio).toBeLessThan(2.5);
	});

	it('skips numbers that real titles already took', () => {
		const used = new Set<string>();
		expect(uniqueSlug('Kyiv', 'place', used)).toBe('kyiv');
		expect(uniqueSlug('Kyiv 2', 'place', used)).toBe('kyiv-2');
		expect(uniqueSlug('Kyiv', 'place', used)).toBe('kyiv-3');
		expect(uniqueSlug('Kyiv 4', 'place', used)).toBe('kyiv-4');
		expect(uniqueSlug('Kyiv', 'place', used)).toBe('kyiv-5');
	});
});
