import { describe, expect, it } from 'vitest';
import { contrastRatio, lowContrastBackdrops, readColor } from './categoryColor';

describe('readColor', () => {
	it.each([
		['#0072b2', '#0072b2'],
		['#ABC', '#aabbcc'],
		['  #E69F00 ', '#e69f00'],
		['steelblue', '#4682b4'],
		['RebeccaPurple', '#663399'],
		['#12345', null],
		['#1234567', null],
		['blue;background:url(x)', null],
		['rgb(0,0,0)', null],
		['transparent', null],
		['notacolour', null],
		['', null]
	])('readColor(%j) is %j', (input, expected) => {
		expect(readColor(input)).toBe(expected);
	});
});

describe('contrast', () => {
	it('contrastRatio(black, white) is 21 and symmetric', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
		expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21);
	});
	it('lowContrastBackdrops(yellow) names the light page and land', () => {
		const names = lowContrastBackdrops('#ffff00').map(({ name }) => name);
		expect(names).toEqual(['the page background (light theme)', 'the map land (light theme)']);
	});
	it('lowContrastBackdrops(navy) names the dark page and land', () => {
		const names = lowContrastBackdrops('#000080').map(({ name }) => name);
		expect(names).toEqual(['the page background (dark theme)', 'the map land (dark theme)']);
	});
	it('lowContrastBackdrops of a mid colour is empty', () => {
		expect(lowContrastBackdrops('#d55e00')).toEqual([]);
	});
});
