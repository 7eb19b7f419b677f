/**
 * How one mapped date column is read. The Wikidata Query Service writes every date as an instant
 * at midnight UTC (`1914-06-28T00:00:00Z`, sometimes `+1914-06-28T00:00:00Z`), whatever the date's
 * precision: a column where every date is such an instant holds calendar days, since real
 * timestamps are not all at midnight UTC. Any other column is read cell by cell in the chosen form.
 */

import { writeDate } from '$lib/draft/writeDate';
import { daysInMonth } from '$lib/time/calendarDate';
import type { DateForm } from './dateForms';
import { readMappedDate, type MappedDate } from './readMappedDate';

/** Up to 12 year digits, as Wikidata writes the age of the universe: the years are checked after. */
const MIDNIGHT_UTC = /^\+?(-?)(\d{4,12})-(\d{2})-(\d{2})T00:00(?::00(?:\.0{1,9})?)?(?:Z|\+00:00)$/i;

/** A reader for the column's cells, chosen from all of its values. */
export function dateColumnReader(
	values: Iterable<string>,
	form: DateForm
): (text: string) => MappedDate {
	let written = 0;
	for (const value of values) {
		const trimmed = value.trim();
		if (!trimmed) continue;
		if (!MIDNIGHT_UTC.test(trimmed)) return (text) => readMappedDate(text, form);
		written += 1;
	}
	if (!written) return (text) => readMappedDate(text, form);
	return (text) => readMidnightDay(text.trim()) ?? readMappedDate(text, form);
}

/**
 * The calendar day of a midnight-UTC instant; a `00` month or day (Wikidata's own way of writing
 * a year or a month) makes a year or a month. Null when the text is not such an instant.
 */
export function readMidnightDay(text: string): MappedDate | null {
	const match = MIDNIGHT_UTC.exec(text);
	if (!match) return null;
	const [, sign, digits, monthText, dayText] = match;
	const year = Number(`${sign}${digits}`);
	const month = Number(monthText);
	const day = Number(dayText);
	if (Math.abs(year) > 9999) {
		const message = `"${text}" is in the year ${year}; Chronomap writes years from -9999 to 9999`;
		return { ok: false, message };
	}
	if (month === 0) return { ok: true, date: writeDate({ year, month: 1, day: 1 }, 'year') };
	if (month > 12)
		return { ok: false, message: `"${text}" is not a real date (there is no month ${month})` };
	if (day === 0) return { ok: true, date: writeDate({ year, month, day: 1 }, 'month') };
	if (day > daysInMonth(year, month)) return { ok: false, message: `"${text}" is not a real date` };
	return { ok: true, date: writeDate({ year, month, day }, 'day') };
}
