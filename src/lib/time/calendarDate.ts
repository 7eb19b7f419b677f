/**
 * Calendar dates with precision. A date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` is a span of
 * the calendar, not an instant: all maths happen in UTC milliseconds so that no viewer's time
 * zone can move a date to the day before or after.
 */

export type Precision = 'year' | 'month' | 'day';

export interface CalendarDate {
	year: number;
	/** 1–12, present for month and day precision. */
	month?: number;
	/** 1–31, present for day precision. */
	day?: number;
	precision: Precision;
}

export type DateParse = { ok: true; date: CalendarDate } | { ok: false; reason: string };

const PATTERN = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses the three written forms and says in plain words why anything else is not a date. */
export function parseCalendarDate(text: unknown): DateParse {
	if (typeof text !== 'string') return { ok: false, reason: 'is not a date written as text' };
	const match = PATTERN.exec(text.trim());
	if (!match) {
		return { ok: false, reason: `${quote(text)} is not written as YYYY, YYYY-MM or YYYY-MM-DD` };
	}
	const year = Number(match[1]);
	if (match[2] === undefined) return { ok: true, date: { year, precision: 'year' } };
	const month = Number(match[2]);
	if (month < 1 || month > 12) {
		return { ok: false, reason: `${quote(text)} is not a real date (there is no month ${month})` };
	}
	if (match[3] === undefined) return { ok: true, date: { year, month, precision: 'month' } };
	const day = Number(match[3]);
	if (day < 1 || day > daysInMonth(year, month)) {
		return { ok: false, reason: `${quote(text)} is not a real date` };
	}
	return { ok: true, date: { year, month, day, precision: 'day' } };
}

function quote(text: string): string {
	return text.length > 40 ? `"${text.slice(0, 40)}…"` : `"${text}"`;
}

export function daysInMonth(year: number, month: number): number {
	return new Date(utc(year, month, 0)).getUTCDate();
}

function utc(year: number, monthIndex: number, day: number): number {
	const date = new Date(0);
	date.setUTCFullYear(year, monthIndex, day);
	return date.getTime();
}

/** The first instant (UTC ms) of the span a date names. */
export function startOf(date: CalendarDate): number {
	return utc(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** The first instant after the span a date names (exclusive end, UTC ms). */
export function endOf(date: CalendarDate): number {
	if (date.precision === 'year') return utc(date.year + 1, 0, 1);
	if (date.precision === 'month') return utc(date.year, date.month ?? 1, 1);
	return utc(date.year, (date.month ?? 1) - 1, (date.day ?? 1) + 1);
}

/** Orders dates by their start, then the wider span first. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
	return startOf(a) - startOf(b) || endOf(b) - endOf(a);
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** Writes a date back in the form it was read: the form is the precision. */
export function toIsoString(date: CalendarDate): string {
	const year = date.year < 0 ? `-${pad(-date.year, 4)}` : pad(date.year, 4);
	if (date.precision === 'year') return year;
	if (date.precision === 'month') return `${year}-${pad(date.month ?? 1)}`;
	return `${year}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}`;
}

/** The calendar day (UTC) that contains an instant, as a day-precision date. */
export function dayOfInstant(ms: number): CalendarDate {
	const date = new Date(ms);
	return {
		year: date.getUTCFullYear(),
		month: date.getUTCMonth() + 1,
		day: date.getUTCDate(),
		precision: 'day'
	};
}

/** `YYYY-MM-DD` of the UTC day containing an instant: the form URLs and messages use. */
export function isoDayOfInstant(ms: number): string {
	return toIsoString(dayOfInstant(ms));
}

/** Parses a `YYYY-MM-DD` day to its first instant, or null when it is not a real day. */
export function instantOfIsoDay(text: unknown): number | null {
	const parsed = parseCalendarDate(text);
	if (!parsed.ok || parsed.date.precision !== 'day') return null;
	return startOf(parsed.date);
}
