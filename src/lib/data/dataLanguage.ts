/**
 * The data's own language, for the `lang` of its text. No validator here: the view imports this
 * in its first load; `readDataLanguage.ts` checks a dataset's `lang` when it is parsed.
 */

import { serbianLatin } from '$lib/i18n/serbianLatin';
import type { Place } from './schema';

/** The language data is written in when it does not say. */
export const DEFAULT_DATA_LANGUAGE = 'en';

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
