import { describe, expect, it } from 'vitest';
import { translate } from '$lib/i18n/translate';
import type { Language } from '$lib/i18n/languages';
import { ENGLISH, type LanguagePack } from '$lib/i18n/languagePack';
import { pack as mk } from '$lib/i18n/packs/mk';
import { pack as uk } from '$lib/i18n/packs/uk';
import { pack as sr } from '$lib/i18n/packs/sr';
import { pack as srLatn } from '$lib/i18n/packs/sr-Latn';
import { pack as sq } from '$lib/i18n/packs/sq';
import { pack as ar } from '$lib/i18n/packs/ar';
import { clusterLabel, labelFits, markerLabel } from './markerLabels';

const PACKS: Record<Language, LanguagePack> = {
	en: ENGLISH,
	uk,
	mk,
	sr,
	'sr-Latn': srLatn,
	sq,
	ar
};
const t = (language: Language) => (key: string, values?: Record<string, string | number>) =>
	translate(PACKS[language].messages, key, values);

describe('markerLabel', () => {
	const cases = [
		{ language: 'en', name: 'Skopje', count: 1, expected: 'Skopje, 1 event' },
		{ language: 'en', name: 'Skopje', count: 2, expected: 'Skopje, 2 events' },
		{ language: 'uk', name: 'Київ', count: 1, expected: 'Київ, 1 подія' },
		{ language: 'uk', name: 'Київ', count: 3, expected: 'Київ, 3 події' },
		{ language: 'uk', name: 'Київ', count: 11, expected: 'Київ, 11 подій' },
		{ language: 'uk', name: 'Київ', count: 21, expected: 'Київ, 21 подія' },
		{ language: 'mk', name: 'Скопје', count: 1, expected: 'Скопје, 1 настан' },
		{ language: 'mk', name: 'Скопје', count: 5, expected: 'Скопје, 5 настана' },
		{ language: 'sr', name: 'Београд', count: 1, expected: 'Београд, 1 догађај' },
		{ language: 'sr', name: 'Београд', count: 3, expected: 'Београд, 3 догађаја' },
		{ language: 'sr', name: 'Београд', count: 21, expected: 'Београд, 21 догађај' },
		{ language: 'sr-Latn', name: 'Beograd', count: 12, expected: 'Beograd, 12 događaja' },
		{ language: 'sq', name: 'Prishtinë', count: 1, expected: 'Prishtinë, 1 ngjarje' },
		{ language: 'sq', name: 'Prishtinë', count: 4, expected: 'Prishtinë, 4 ngjarje' },
		{ language: 'ar', name: 'كييف', count: 1, expected: 'كييف، حدث واحد' },
		{ language: 'ar', name: 'كييف', count: 2, expected: 'كييف، حدثان' },
		{ language: 'ar', name: 'كييف', count: 5, expected: 'كييف، 5 أحداث' },
		{ language: 'ar', name: 'كييف', count: 11, expected: 'كييف، 11 حدثًا' },
		{ language: 'ar', name: 'كييف', count: 100, expected: 'كييف، 100 حدث' }
	] as const;
	it.each(cases)(
		'markerLabel($name, $count, $language) is "$expected"',
		({ language, name, count, expected }) => {
			expect(markerLabel(name, count, language, t(language))).toBe(expected);
		}
	);
});

describe('clusterLabel', () => {
	it('clusterLabel(names) names every place in the cluster', () => {
		expect(clusterLabel(['Skopje', 'Pristina', 'Balkans'], t('en'))).toBe(
			'3 places: Skopje, Pristina, Balkans. Zoom in to separate them'
		);
	});
});

describe('labelFits', () => {
	const cases = [
		{ text: 'Ukraine', width: 300, height: 150, expected: true },
		{ text: 'Bosnia and Herzegovina', width: 75, height: 60, expected: true },
		{ text: 'San Marino', width: 2, height: 2, expected: false },
		{ text: 'Liechtenstein', width: 60, height: 30, expected: false },
		{ text: 'Chile', width: 40, height: 8, expected: false }
	];
	it.each(cases)(
		'labelFits($text, $width, $height) is $expected',
		({ text, width, height, expected }) => {
			expect(labelFits(text, width, height)).toBe(expected);
		}
	);
});

describe('clusterLabel(names, t, listed)', () => {
	const t = (key: string, values?: Record<string, string | number>) =>
		`${values?.count} places: ${values?.names}`;
	it.each([
		{ names: ['A', 'B'], listed: undefined, expected: '2 places: A, B' },
		{ names: ['A', 'B', 'C'], listed: 2, expected: '3 places: A, B, …' },
		{ names: ['A', 'B'], listed: 2, expected: '2 places: A, B' }
	])('names $listed of $names', ({ names, listed, expected }) => {
		expect(clusterLabel(names, t, listed)).toBe(expected);
	});
});
