import { en } from './messages/en';

/** Looks up a UI string, falling back to `english`, and fills `{name}` slots with plain text. */
export function translate(
	messages: Readonly<Record<string, string>>,
	key: string,
	values: Record<string, string | number> = {},
	english: Readonly<Record<string, string>> = en
): string {
	const template = messages[key] ?? english[key] ?? key;
	return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
		name in values ? String(values[name]) : slot
	);
}
