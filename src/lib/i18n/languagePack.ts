import type { Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import type { Language } from './languages';
import { en } from './messages/en';

/** What a language brings: its UI strings and its date-fns locale for dates. */
export interface LanguagePack {
	messages: Readonly<Record<string, string>>;
	locale: Locale;
}

export const ENGLISH: LanguagePack = { messages: en, locale: enGB };

/** English ships with the first view; the other languages load when a reader asks for one. */
export function loadLanguagePack(language: Language): Promise<LanguagePack> {
	switch (language) {
		case 'en':
			return Promise.resolve(ENGLISH);
		case 'uk':
			return import('./packs/uk').then((module) => module.pack);
		case 'mk':
			return import('./packs/mk').then((module) => module.pack);
		case 'sr':
			return import('./packs/sr').then((module) => module.pack);
		case 'sr-Latn':
			return import('./packs/sr-Latn').then((module) => module.pack);
		case 'sq':
			return import('./packs/sq').then((module) => module.pack);
		case 'ar':
			return import('./packs/ar').then((module) => module.pack);
	}
}
