import { createContext } from 'svelte';
import type { Language } from './languages';
import { ENGLISH, loadLanguagePack, type LanguagePack } from './languagePack';
import { en } from './messages/en';
import { translate } from './translate';

/** The reader's language: UI strings and date formats. Event texts stay in the data's language. */
export class I18n {
	#language = $state<Language>('en');
	#pack = $state.raw<LanguagePack>(ENGLISH);
	#requested: Language = 'en';
	readonly locale = $derived(this.#pack.locale);
	#english = $state.raw<Readonly<Record<string, string>>>(en);

	/** `englishExtra`: English strings of a part that the viewer does not ship (the editor's). */
	constructor(englishExtra?: Readonly<Record<string, string>>) {
		if (englishExtra) this.addEnglish(englishExtra);
	}

	/**
	 * Adds the English strings of a part loaded on demand (the column-mapping dialog), so the
	 * first view does not carry them. Other languages' packs already hold every area.
	 */
	addEnglish(extra: Readonly<Record<string, string>>): void {
		if (Object.keys(extra).every((key) => key in this.#english)) return;
		this.#english = { ...this.#english, ...extra };
	}

	/** The language shown: it changes (through `use`) once that language's strings have loaded. */
	get language(): Language {
		return this.#language;
	}

	/**
	 * Switches to `language` once it has loaded; the last request wins. If it cannot load (the
	 * network dropped), the view stays in the language it shows and says false.
	 */
	async use(language: Language): Promise<boolean> {
		this.#requested = language;
		let pack: LanguagePack;
		try {
			pack = await loadLanguagePack(language);
		} catch {
			return false;
		}
		if (this.#requested !== language) return false;
		this.#pack = pack;
		this.#language = language;
		return true;
	}

	t = (key: string, values?: Record<string, string | number>) =>
		translate(this.#pack.messages, key, values, this.#english);
}

export const [getI18n, setI18n] = createContext<I18n>();
