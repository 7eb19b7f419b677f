import { describe, expect, it } from 'vitest';
import type { Problem } from './model';
import { placeName } from './dataLanguage';
import { readDataLanguage } from './readDataLanguage';
import { parseDataset } from './parseDataset';

const kyiv = Object.freeze({
	name: 'Kyiv',
	names: Object.freeze({ uk: 'Київ', mk: 'Киев', sr: 'Кијев', ar: 'كييف' })
});

describe('placeName', () => {
	it.each([
		{ language: 'uk', expected: { text: 'Київ', lang: 'uk' } },
		{ language: 'ar', expected: { text: 'كييف', lang: 'ar' } },
		{ language: 'sr-Latn', expected: { text: 'Kijev', lang: 'sr-Latn' } },
		{ language: 'sq', expected: { text: 'Kyiv', lang: 'en' } },
		{ language: 'en', expected: { text: 'Kyiv', lang: 'en' } }
	])('placeName(Kyiv, $language) is $expected.text', ({ language, expected }) => {
		expect(placeName(kyiv, language)).toEqual(expected);
	});

	it('gives the data language to a name without a translation', () => {
		expect(placeName({ name: 'Київ' }, 'en', 'uk')).toEqual({ text: 'Київ', lang: 'uk' });
	});
});

describe('readDataLanguage', () => {
	it.each([
		{ value: undefined, expected: undefined, warned: 0 },
		{ value: 'uk', expected: 'uk', warned: 0 },
		{ value: 'sr-Latn', expected: 'sr-Latn', warned: 0 },
		{ value: 'English', expected: undefined, warned: 1 },
		{ value: '<b>en</b>', expected: undefined, warned: 1 },
		{ value: 42, expected: undefined, warned: 1 }
	])('readDataLanguage($value) is $expected', ({ value, expected, warned }) => {
		const problems: Problem[] = [];
		expect(readDataLanguage(value, problems)).toBe(expected);
		expect(problems.filter((problem) => problem.field === 'lang')).toHaveLength(warned);
	});
});

describe('parseDataset with languages', () => {
	const file = (extra: object, place: object = {}) =>
		JSON.stringify({
			version: 1,
			title: 'T',
			...extra,
			places: [{ id: 'kyiv', name: 'Kyiv', lat: 50.45, lon: 30.52, ...place }],
			events: [{ id: 'e', title: 'E', date: '2022-02-24', places: ['kyiv'] }]
		});

	it('keeps the data language and the names per language', () => {
		const { dataset, problems } = parseDataset(file({ lang: 'en' }, { names: { uk: 'Київ' } }));
		expect(problems).toEqual([]);
		expect(dataset?.lang).toBe('en');
		expect(dataset?.places[0].names).toEqual({ uk: 'Київ' });
	});

	it('leaves out a place whose names are not keyed by language, and says which', () => {
		const { dataset, problems } = parseDataset(file({}, { names: { 'not a tag': 'x' } }));
		expect(dataset?.places).toEqual([]);
		expect(problems.some((problem) => problem.row === 'place "kyiv"')).toBe(true);
	});
});
