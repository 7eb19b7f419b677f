import { describe, expect, it } from 'vitest';
import { foldText, tokensOf } from './foldText';

describe('foldText', () => {
	it.each([
		['Kyiv', 'kyiv'],
		['KYÏV', 'kyiv'],
		['Crème Brûlée', 'creme brulee'],
		['Đakovica', 'dakovica'],
		['Łódź', 'lodz'],
		['İstanbul', 'istanbul'],
		['Straße', 'strasse'],
		['Київ', 'киів'],
		['Йосип', 'иосип'],
		['Ђорђе', 'ђорђе'],
		['Tiranë', 'tirane'],
		// Arabic: harakat stripped, tatweel removed, alef forms folded.
		['الاِسْتِفْتاء', 'الاستفتاء'],
		['الإستفتـــاء', 'الاستفتاء'],
		['أوكرانيا', 'اوكرانيا'],
		['آمن', 'امن'],
		['ٱلله', 'الله'],
		['مستشفى', 'مستشفي']
	])('foldText(%j) is %j', (input, expected) => {
		expect(foldText(input)).toBe(expected);
	});
});

describe('tokensOf', () => {
	it.each([
		['a b', ['a', 'b']],
		['  NATO-Ukraine, 2014!  ', ['NATO', 'Ukraine', '2014']],
		["o'brien", ['o', 'brien']],
		['', []],
		['— … ', []]
	])('tokensOf(%j) is %j', (input, expected) => {
		expect(tokensOf(input)).toEqual(expected);
	});
});
