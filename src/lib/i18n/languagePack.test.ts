import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages';
import { ENGLISH, loadLanguagePack } from './languagePack';

const english = Object.keys(ENGLISH.messages);
const pluralBases = english.filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -6));
const isPlural = (key: string) => pluralBases.some((base) => key.startsWith(`${base}_`));

describe('loadLanguagePack', () => {
	it.each(LANGUAGES)('%s has every English key, each a non-empty string', async (language) => {
		const { messages } = await loadLanguagePack(language);
		const singular = english.filter((key) => !isPlural(key));
		expect(singular.filter((key) => !messages[key]?.trim())).toEqual([]);
	});

	it.each(LANGUAGES)(
		'%s has every plural form its grammar uses, and no unknown key',
		async (language) => {
			const { messages } = await loadLanguagePack(language);
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
		{ language: 'mk', code: 'mk' }
	] as const)(
		'$language formats dates with the date-fns locale $code',
		async ({ language, code }) => {
			expect((await loadLanguagePack(language)).locale.code).toBe(code);
		}
	);
});
