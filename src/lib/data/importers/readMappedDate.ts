/**
 * Reads a date in the written form an author picked for a column: ISO (`2023-11-21`, `2023-11`,
 * `2023`), `dd-mm-yyyy` (also with `/` or `.`), `21 November 2023` (or `November 2023`, `2023`),
 * or milliseconds since 1970 (an instant, written in UTC to the minute or second).
 */

import { parseCalendarDate } from '$lib/time/calendarDate';
import { writeDate } from '$lib/draft/writeDate';
import { readAcledDay } from './acledDate';
import type { DateForm } from './dateForms';

export { DATE_FORMS, type DateForm } from './dateForms';

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];

export type MappedDate = { ok: true; date: string } | { ok: false; message: string };

/** The date in the data format, or why `text` is not a date in `form`. */
export function readMappedDate(text: string, form: DateForm): MappedDate {
	const value = text.trim();
	const fail = (): MappedDate => ({
		ok: false,
		message: `"${value}" is not a date written ${form}`
	});
	if (form === 'iso') return parseCalendarDate(value).ok ? { ok: true, date: value } : fail();
	if (form === 'epoch-ms') {
		if (!/^-?\d{1,15}$/.test(value)) return fail();
		const iso = new Date(Number(value)).toISOString();
		return {
			ok: true,
			date: iso.endsWith(':00.000Z') ? `${iso.slice(0, 16)}Z` : `${iso.slice(0, 19)}Z`
		};
	}
	if (form === 'dd-mm-yyyy') {
		const day = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$/.test(value) ? readAcledDay(value) : null;
		return day ? { ok: true, date: writeDate(day, 'day') } : fail();
	}
	const day = readAcledDay(value);
	if (day) return { ok: true, date: writeDate(day, 'day') };
	const month = /^([A-Za-z]{3,})\.?\s+(\d{4})$/.exec(value);
	const index = month ? MONTHS.findIndex((name) => name.startsWith(month[1].toLowerCase())) : -1;
	if (month && index >= 0)
		return { ok: true, date: writeDate({ year: +month[2], month: index + 1, day: 1 }, 'month') };
	return /^\d{4}$/.test(value) ? { ok: true, date: value } : fail();
}
