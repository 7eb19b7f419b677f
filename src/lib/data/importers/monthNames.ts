/** The months' English names, January first, as tables, feeds and story tools write dates. */
export const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

/** 1–12 for a month's English name or a start of it of three letters or more (`Sept`, `Nov`), else 0. */
export function monthByPrefix(word: string): number {
	return nameByPrefix(MONTH_NAMES, word) + 1;
}

/** The place in `names` of the one `word` starts, three letters or more of it, any case; else -1. */
export function nameByPrefix(names: readonly string[], word: string): number {
	if (word.length < 3) return -1;
	const lower = word.toLowerCase();
	return names.findIndex((name) => name.toLowerCase().startsWith(lower));
}
