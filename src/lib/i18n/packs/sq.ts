import type { Locale } from 'date-fns';
import { sq as dateFnsAlbanian } from 'date-fns/locale/sq';
import type { LanguagePack } from '../languagePack';
import { sq as messages } from '../messages/sq';

/** Albanian writes month names in lower case ("27 nëntor 2023"); date-fns capitalises them. */
const locale: Locale = {
	...dateFnsAlbanian,
	localize: {
		...dateFnsAlbanian.localize,
		month: (month, options) => dateFnsAlbanian.localize.month(month, options).toLowerCase()
	}
};

/** Albanian: the UI strings and the date-fns locale, loaded together when a reader picks it. */
export const pack: LanguagePack = { messages, locale };
