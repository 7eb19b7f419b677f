import * as v from 'valibot';
import type { Problem } from './model';
import { languageTag } from './schema';

/**
 * The dataset's `lang`, if it is a language tag. A wrong one is a warning, not a lost dataset:
 * the text is still shown, only read out in the default voice.
 */
export function readDataLanguage(value: unknown, problems: Problem[]): string | undefined {
	if (value === undefined) return undefined;
	const checked = v.safeParse(languageTag, value);
	if (checked.success) return checked.output;
	problems.push({
		row: 'file',
		field: 'lang',
		message: `${JSON.stringify(String(value).slice(0, 20))} is not a language tag such as en, uk or sr-Latn; the data's text is taken to be English`,
		severity: 'warning'
	});
	return undefined;
}
