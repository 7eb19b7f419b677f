import { uk as locale } from 'date-fns/locale/uk';
import type { LanguagePack } from '../languagePack';
import { uk as messages } from '../messages/uk';

/** Ukrainian: the UI strings and the date-fns locale, loaded together when a reader picks it. */
export const pack: LanguagePack = { messages, locale };
