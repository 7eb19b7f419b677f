import { describe, expect, it } from 'vitest';
import { countryCodes } from './countryCodes';
import { countryName } from './countryName';
import { countryNames } from './countryNames';

describe('countryCodes', () => {
	it('gives every country of the recognised-name table a code, and no other', () => {
		expect(Object.keys(countryCodes).sort()).toEqual(Object.keys(countryNames).sort());
	});

	it.each([
		{ id: 'MKD', language: 'sr', expected: 'Северна Македонија' },
		{ id: 'MKD', language: 'sr-Latn', expected: 'Severna Makedonija' },
		{ id: 'XKX', language: 'ar', expected: 'كوسوفو' },
		{ id: 'UKR', language: 'sq', expected: 'Ukrainë' },
		{ id: 'MKD', language: 'mk', expected: 'Северна Македонија' }
	])('countryName($id, $language) is $expected', ({ id, language, expected }) => {
		expect(countryName({ id, name: countryNames[id].names.en }, language)).toBe(expected);
	});
});
