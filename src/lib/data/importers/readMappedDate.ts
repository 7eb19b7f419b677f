/**
 * Reads a date in the written form an author picked for a column: ISO (`2023-11-21`, `2023-11`,
 * `2023`, or the basic `20231121`), day first or month first (`21-11-2023`, `11/21/2023`, also
 * with `.`), the month in words (`21 November 2023`, `November 21, 2023`, `November 2023`), or
 * seconds or milliseconds since 1970 (an instant, written in UTC to the minute or second). In
 * every form but those two, a bare year (`476`, `1914`, `-30`) is that year, and a date already
 * written in the data format is read as it is: neither can be mistaken for another date.
 */

import { daysInMonth, hasTime, isoInstant, parseCalendarDate } from '$lib/time/calendarDate';
import { writeDate } from '$lib/draft/writeDate';
import { FORM_NAMES, type DateForm } from './dateForms';
import { readWordsDate } from './readWordsDate';

export { DATE_FORMS, type DateForm } from './dateForms';

export type MappedDate = { ok: true; date: string } | { ok: false; message: string };

/** Longer than any date anyone writes: longer text is refused before any pattern sees it. */
const MAX_LENGTH = 64;
const YEAR = /^-?\d{1,4}$/;
const NUMERIC_DAY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const COMPACT_DAY = /^(\d{4})(\d{2})(\d{2})$/;
const EPOCH = /^-?\d{1,15}$/;
/** What the data format starts with, so its own reason is the one worth giving. */
const LOOKS_ISO = /^[+-]?\d{4}-\d/;
/** Chronomap keeps a time of day only from this year on (see the data format's scope). */
const FIRST_TIMED_YEAR = 1000;

/** The date in the data format, or why `text` is not a date in `form`. */
export function readMappedDate(text: string, form: DateForm): MappedDate {
	const value = text.trim();
	if (value.length > MAX_LENGTH) return notInForm(value, form);
	const epoch = form === 'epoch-s' || form === 'epoch-ms';
	if (epoch && EPOCH.test(value)) return readEpoch(value, form);
	if (!epoch && YEAR.test(value)) {
		return { ok: true, date: writeDate({ year: Number(value), month: 1, day: 1 }, 'year') };
	}
	// ISO's basic form, as GDELT and many exports write a day: 20240305.
	const compact = epoch ? null : COMPACT_DAY.exec(value);
	if (compact) {
		const [year, month, day] = [Number(compact[1]), Number(compact[2]), Number(compact[3])];
		return readDay(value, year, month, day, 'as YYYYMMDD');
	}
	const numeric = NUMERIC_DAY.exec(value);
	if (numeric && (form === 'dd-mm-yyyy' || form === 'mm-dd-yyyy')) {
		const [first, second, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
		return form === 'dd-mm-yyyy'
			? readDay(value, year, second, first, 'day first')
			: readDay(value, year, first, second, 'month first');
	}
	if (numeric && form === 'd month yyyy') {
		const message = `"${value}" gives its month as a number, which could be read day first or month first: choose how its dates are written (day-month-year or month-day-year)`;
		return { ok: false, message };
	}
	const words = form === 'd month yyyy' ? readWordsDate(value) : null;
	return words ?? readDataFormat(value, form);
}

function readDay(text: string, year: number, month: number, day: number, order: string) {
	if (month < 1 || month > 12) {
		return fail(`"${text}" is not a real date read ${order} (there is no month ${month})`);
	}
	if (day < 1 || day > daysInMonth(year, month)) {
		return fail(`"${text}" is not a real date read ${order}`);
	}
	return { ok: true as const, date: writeDate({ year, month, day }, 'day') };
}

/** The data format itself (a leading `+`, as Wikidata writes years, is dropped). */
function readDataFormat(text: string, form: DateForm): MappedDate {
	const value = /^\+\d/.test(text) ? text.slice(1) : text;
	const parsed = parseCalendarDate(value);
	if (!parsed.ok) {
		return form === 'iso' || LOOKS_ISO.test(text) ? fail(parsed.reason) : notInForm(text, form);
	}
	if (hasTime(parsed.date) && parsed.date.year < FIRST_TIMED_YEAR) {
		const day = value.slice(0, value.indexOf('T'));
		return fail(
			`"${text}" has a time of day, which Chronomap keeps only from the year ${FIRST_TIMED_YEAR}: write the day alone (${day})`
		);
	}
	return { ok: true, date: value };
}

/** An instant from seconds or milliseconds since 1970, in the years a time can be kept for. */
function readEpoch(text: string, form: 'epoch-s' | 'epoch-ms'): MappedDate {
	const ms = Number(text) * (form === 'epoch-s' ? 1000 : 1);
	const year = new Date(ms).getUTCFullYear();
	if (!(year >= FIRST_TIMED_YEAR && year <= 9999)) {
		const unit = form === 'epoch-s' ? 'seconds' : 'milliseconds';
		const when = Number.isNaN(year) ? 'beyond any calendar' : `in the year ${year}`;
		return fail(
			`"${text}" as ${unit} since 1970 is ${when}; Chronomap keeps a time of day only for the years ${FIRST_TIMED_YEAR} to 9999`
		);
	}
	return { ok: true, date: isoInstant(ms) };
}

function notInForm(text: string, form: DateForm): MappedDate {
	const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
	return fail(`"${shown}" is not a date written ${FORM_NAMES[form]}`);
}

function fail(message: string): { ok: false; message: string } {
	return { ok: false, message };
}
