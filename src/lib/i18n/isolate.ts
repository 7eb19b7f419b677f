import { directionOf, type Language } from './languages';

/**
 * Interface text placed inside the timeline, which stays left to right in every language: in a
 * right-to-left language it is wrapped in a bidi isolate, so "نوفمبر 2023" still reads right to
 * left within its label while the label itself starts where the tick is.
 */
export function isolate(text: string, language: Language): string {
	return directionOf(language) === 'rtl' ? `\u2067${text}\u2069` : text;
}
