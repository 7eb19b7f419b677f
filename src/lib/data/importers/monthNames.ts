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
	if (word.length < 3) return 0;
	const lower = word.toLowerCase();
	return MONTH_NAMES.findIndex((month) => month.toLowerCase().startsWith(lower)) + 1;
}
