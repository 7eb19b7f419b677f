import { mk as locale } from 'date-fns/locale/mk';
import type { LanguagePack } from '../languagePack';
import { mk as messages } from '../messages/mk';

/** Macedonian: the UI strings and the date-fns locale, loaded together when a reader picks it. */
export const pack: LanguagePack = { messages, locale };
