import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages';
import { ENGLISH, loadLanguagePack } from './languagePack';
import { enEditing } from './messages/en/editing';
import { mapping } from './messages/en/mapping';
import { formatCalendarDate } from '$lib/time/formatCalendarDate';

// The viewer's English, the editor's and the mapping dialog's, which each adds to its I18n.
const english = Object.keys({ ...ENGLISH.messages, ...enEditing, ...mapping });
const pluralBases = english.filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -6));
/** A language's strings as its editor sees them (English adds the editor's own). */
const messagesOf = async (language: (typeof LANGUAGES)[number]) => {
	const { messages } = await loadLanguagePack(language);
	return language === 'en' ? { ...messages, ...enEditing, ...mapping } : messages;
};
const isPlural = (key: string) => pluralBases.some((base) => key.startsWith(`${base}_`));

describe('loadLanguagePack', () => {
	it.each(LANGUAGES)('%s has every English key, each a non-empty string', async (language) => {
		const messages = await messagesOf(language);
		const singular = english.filter((key) => !isPlural(key));
		expect(singular.filter((key) => !messages[key]?.trim())).toEqual([]);
	});

	it.each(LANGUAGES)(
		'%s has every plural form its grammar uses, and no unknown key',
		async (language) => {
			const messages = await messagesOf(language);
			const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
			const needed = pluralBases.flatMap((base) =>
				categories.map((category) => `${base}_${category}`)
			);
			expect(needed.filter((key) => !messages[key]?.trim())).toEqual([]);
			const known = new Set([...english, ...needed]);
			expect(Object.keys(messages).filter((key) => !known.has(key))).toEqual([]);
		}
	);

	it.each([
		{ language: 'en', code: 'en-GB' },
		{ language: 'uk', code: 'uk' },
		{ language: 'mk', code: 'mk' },
		{ language: 'sr', code: 'sr' },
		{ language: 'sr-Latn', code: 'sr-Latn' },
		{ language: 'sq', code: 'sq' },
		{ language: 'ar', code: 'ar' }
	] as const)(
		'$language formats dates with the date-fns locale $code',
		async ({ language, code }) => {
			expect((await loadLanguagePack(language)).locale.code).toBe(code);
		}
	);
});

describe('dates in each language', () => {
	const day = { year: 2023, month: 11, day: 27, precision: 'day' } as const;
	const month = { year: 2023, month: 11, precision: 'month' } as const;
	it.each([
		{ language: 'en', expected: ['27 November 2023', 'November 2023'] },
		{ language: 'uk', expected: ['27 листопада 2023', 'листопад 2023'] },
		{ language: 'mk', expected: ['27 ноември 2023', 'ноември 2023'] },
		{ language: 'sr', expected: ['27 новембар 2023', 'новембар 2023'] },
		{ language: 'sr-Latn', expected: ['27 novembar 2023', 'novembar 2023'] },
		{ language: 'sq', expected: ['27 nëntor 2023', 'nëntor 2023'] },
		{ language: 'ar', expected: ['27 نوفمبر 2023', 'نوفمبر 2023'] }
	] as const)('$language writes 27 November 2023 as $expected', async ({ language, expected }) => {
		const { locale } = await loadLanguagePack(language);
		expect([formatCalendarDate(day, locale), formatCalendarDate(month, locale)]).toEqual(expected);
	});
});
