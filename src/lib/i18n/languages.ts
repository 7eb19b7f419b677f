export const LANGUAGES = ['en', 'uk', 'mk', 'sr', 'sr-Latn', 'sq', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's own name for itself, as the language picker lists it. */
export const LANGUAGE_NAMES: Record<Language, string> = {
	en: 'English',
	uk: 'Українська',
	mk: 'Македонски',
	sr: 'Српски (ћирилица)',
	'sr-Latn': 'Srpski (latinica)',
	sq: 'Shqip',
	ar: 'العربية'
};

/** The languages written right to left; the layout mirrors for them (the timeline does not). */
const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set(['ar']);

export function directionOf(language: Language): 'ltr' | 'rtl' {
	return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

/**
 * The tag numbers and counts are formatted with. Arabic is pinned to Western (Latin) digits, the
 * default of current CLDR and of date-fns's `ar` dates, so that an engine with older locale data
 * does not write counts in Arabic-Indic digits next to dates in Latin ones.
 */
export function numberLocale(language: Language): string {
	return language === 'ar' ? 'ar-u-nu-latn' : language;
}

export function isLanguage(value: unknown): value is Language {
	return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Serbian in Latin letters: the script subtag says so, or Montenegro, where Latin is the default. */
function serbianOf(subtags: readonly string[]): Language {
	return subtags.includes('latn') || (subtags.includes('me') && !subtags.includes('cyrl'))
		? 'sr-Latn'
		: 'sr';
}

/**
 * The first of the browser's preferred languages that Chronomap speaks, else English. Serbian
 * picks its script from the tag (`sr-Latn-RS` Latin; `sr`, `sr-RS` and `sr-Cyrl` Cyrillic).
 */
export function pickLanguage(preferred: readonly string[]): Language {
	for (const tag of preferred) {
		const [base, ...subtags] = tag.toLowerCase().split(/[-_]/);
		if (base === 'sr') return serbianOf(subtags);
		if (isLanguage(base)) return base;
	}
	return 'en';
}
