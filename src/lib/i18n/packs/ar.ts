import { ar as locale } from 'date-fns/locale/ar';
import type { LanguagePack } from '../languagePack';
import { ar as messages } from '../messages/ar';

/** Arabic: the UI strings and the date-fns locale, loaded together when a reader picks it. */
export const pack: LanguagePack = { messages, locale };
