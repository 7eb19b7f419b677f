import * as v from 'valibot';
import { serbianLatin } from '$lib/i18n/serbianLatin';
import type { Problem } from './model';
import { languageTag, type Place } from './schema';

/** The language data is written in when it does not say. */
export const DEFAULT_DATA_LANGUAGE = 'en';

/**
 * The dataset's `lang`, if it is a language tag. A wrong one is a warning, not a lost dataset:
 * the text is still shown, only read out in the default voice.
 */
export function readDataLanguage(value: unknown, problems: Problem[]): string | undefined {
	if (value === undefined) return undefined;
	const checked = v.safeParse(languageTag, value);
	if (checked.success) return checked.output;
	problems.push({
		row: 'file',
		field: 'lang',
		message: `${JSON.stringify(String(value).slice(0, 20))} is not a language tag such as en, uk or sr-Latn; the data's text is taken to be English`,
		severity: 'warning'
	});
	return undefined;
}

/**
 * A place's name for a reader of `language`, with the language it is written in (for the `lang`
 * attribute): the name the data gives in that language, Serbian Latin spelt from the Cyrillic one
 * when only that is given, else the data's own name in the data's language.
 */
export function placeName(
	place: Pick<Place, 'name' | 'names'>,
	language: string,
	dataLanguage = DEFAULT_DATA_LANGUAGE
): { text: string; lang: string } {
	const names = place.names;
	const own = names?.[language];
	if (own) return { text: own, lang: language };
	if (language === 'sr-Latn' && names?.sr) return { text: serbianLatin(names.sr), lang: language };
	return { text: place.name, lang: dataLanguage };
}
