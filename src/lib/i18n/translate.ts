import type { Language } from './languages';
import { MESSAGES } from './messages';

/** Looks up a UI string, falling back to English, and fills `{name}` slots with plain text. */
export function translate(
	language: Language,
	key: string,
	values: Record<string, string | number> = {}
): string {
	const template = MESSAGES[language][key] ?? MESSAGES.en[key] ?? key;
	return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
		name in values ? String(values[name]) : slot
	);
}
