import { createContext } from 'svelte';
import { DATE_LOCALES, type Language } from './languages';
import { translate } from './translate';

/** The reader's language: UI strings and date formats. Event texts stay in the data's language. */
export class I18n {
	language = $state<Language>('en');
	readonly locale = $derived(DATE_LOCALES[this.language]);

	constructor(language: Language = 'en') {
		this.language = language;
	}

	t = (key: string, values?: Record<string, string | number>) =>
		translate(this.language, key, values);
}

export const [getI18n, setI18n] = createContext<I18n>();
