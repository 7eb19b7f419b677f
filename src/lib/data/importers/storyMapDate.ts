import { MONTH_NAMES } from './monthNames';

const MONTHS = MONTH_NAMES.map((month) => month.toLowerCase());

/** A month's number (1–12) from its English name or a 3-letter (or "sept") abbreviation. */
function monthNumber(word: string): number | null {
	const name = word.toLowerCase().replace(/\.$/, '');
	if (name.length < 3) return null;
	const index = MONTHS.findIndex(
		(month) => month === name || (name.length <= 4 && month.startsWith(name))
	);
	return index === -1 ? null : index + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTH_YEAR = /^([A-Za-z]{3,9}\.?)\s+(\d{4})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9}\.?),?\s+(\d{4})$/;
const MONTH_DAY_YEAR = /^([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;

/**
 * Reads the free-text date StoryMapJS slides carry ("March 2014", "16 March 2014",
 * "March 16, 2014", "2014", "2014-03-16") as a Chronomap date at the precision written.
 * Anything else — a date without a year ("Aug 23"), a range, prose — is null: no guessing.
 * Each pattern is anchored and bounded, so hostile text is read in linear time.
 */
export function storyMapDate(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const text = value.trim().replace(/\s+/g, ' ');
	if (text.length > 40) return null;
	const iso = ISO.exec(text);
	if (iso) return text;
	const monthYear = MONTH_YEAR.exec(text);
	if (monthYear) {
		const month = monthNumber(monthYear[1]);
		return month ? `${monthYear[2]}-${pad(month)}` : null;
	}
	const dayMonth = DAY_MONTH_YEAR.exec(text);
	const monthDay = MONTH_DAY_YEAR.exec(text);
	const parts = dayMonth
		? { day: dayMonth[1], month: dayMonth[2], year: dayMonth[3] }
		: monthDay
			? { day: monthDay[2], month: monthDay[1], year: monthDay[3] }
			: null;
	if (!parts) return null;
	const month = monthNumber(parts.month);
	const day = Number(parts.day);
	if (!month || day < 1 || day > 31) return null;
	return `${parts.year}-${pad(month)}-${pad(day)}`;
}
