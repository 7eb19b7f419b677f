import { sr as locale } from 'date-fns/locale/sr';
import type { LanguagePack } from '../languagePack';
import { sr as messages } from '../messages/sr';

/** Serbian in Cyrillic: the UI strings and the date-fns locale, loaded together when a reader picks it. */
export const pack: LanguagePack = { messages, locale };
