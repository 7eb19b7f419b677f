/**
 * Dates with the month in English words, in either order: `21 November 2023`, `21-Nov-2023`,
 * `November 21, 2023`, `Nov. 21st 2023`, and `November 2023`, also after the day of the week
 * (`Tuesday, March 5, 2024`, as spreadsheets write a long date). The month's name says which
 * number is the day, so the order needs no choosing, unlike `05/03/2024`.
 */

import { WEEKDAYS, weekday, writeDate } from '$lib/draft/writeDate';
import { daysInMonth } from '$lib/time/calendarDate';
import { MONTH_NAMES, monthByPrefix, nameByPrefix } from './monthNames';

// Each part is a class the next cannot match, so no text makes these patterns backtrack.
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]{3,9})\.?[\s,-]+(\d{4})$/;
const MONTH_FIRST = /^([A-Za-z]{3,9})\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4})$/;
const MONTH_YEAR = /^([A-Za-z]{3,9})\.?,?[\s-]+(\d{4})$/;
const LEADING_WORD = /^([A-Za-z]{3,9})\.?,?\s+/;

/**
 * The date in the data format; a reason when the text names a day its month does not have; null
 * when it is not a date in words at all.
 */
export function readWordsDate(
	written: string
): { ok: true; date: string } | { ok: false; message: string } | null {
	const leading = LEADING_WORD.exec(written);
	// 0 (Sunday) to 6 for a weekday's name or a start of it, else -1.
	const named = leading ? nameByPrefix(WEEKDAYS, leading[1]) : -1;
	const text = named >= 0 ? written.slice(leading![0].length) : written;
	const dayFirst = DAY_FIRST.exec(text);
	const monthFirst = dayFirst ? null : MONTH_FIRST.exec(text);
	if (dayFirst || monthFirst) {
		const [dayText, monthName, yearText] = dayFirst
			? [dayFirst[1], dayFirst[2], dayFirst[3]]
			: [monthFirst![2], monthFirst![1], monthFirst![3]];
		const month = monthByPrefix(monthName);
		if (!month) return null;
		const year = Number(yearText);
		const day = Number(dayText);
		if (day < 1 || day > daysInMonth(year, month)) {
			const days = daysInMonth(year, month);
			const message = `"${written}" is not a real date (${MONTH_NAMES[month - 1]} ${year} has ${days} days)`;
			return { ok: false, message };
		}
		// A day of the week that the date does not fall on: one of the two is wrong, and which
		// one the table cannot say.
		const actual = weekday({ year, month, day });
		if (named >= 0 && named !== actual) {
			const message = `"${written}" names a ${WEEKDAYS[named]}, but ${text} is a ${WEEKDAYS[actual]}`;
			return { ok: false, message };
		}
		return { ok: true, date: writeDate({ year, month, day }, 'day') };
	}
	if (named >= 0) return null;
	const monthYear = MONTH_YEAR.exec(text);
	const month = monthYear ? monthByPrefix(monthYear[1]) : 0;
	if (!monthYear || !month) return null;
	return { ok: true, date: writeDate({ year: Number(monthYear[2]), month, day: 1 }, 'month') };
}
