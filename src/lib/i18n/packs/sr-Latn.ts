import { srLatn as locale } from 'date-fns/locale/sr-Latn';
import type { LanguagePack } from '../languagePack';
import { srLatn as messages } from '../messages/sr-Latn';

/** Serbian in Latin letters: the UI strings and the date-fns locale, loaded together when a reader picks it. */
export const pack: LanguagePack = { messages, locale };
