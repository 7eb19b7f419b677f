/**
 * Calendar dates with precision. A date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` is a span of
 * the calendar, not an instant: all maths happen in UTC milliseconds so that no viewer's time
 * zone can move a date to the day before or after. A time of day (`YYYY-MM-DDTHH:mm(:ss)`) is
 * always written with the offset it was recorded in; year, month and day stay those of that
 * offset, so an event is on the calendar day its source gave.
 */

export type Precision = 'year' | 'month' | 'day' | 'minute' | 'second';

export interface CalendarDate {
	year: number;
	/** 1–12, present for month and day precision. */
	month?: number;
	/** 1–31, present for day precision. */
	day?: number;
	/** 0–23, 0–59, 0–59 in the recorded offset: present for minute and second precision. */
	hour?: number;
	minute?: number;
	second?: number;
	/** The recorded offset from UTC in minutes (+120 for `+02:00`), present with a time. */
	offset?: number;
	precision: Precision;
}

export type DateParse = { ok: true; date: CalendarDate } | { ok: false; reason: string };

const PATTERN =
	/^(-?\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?([Zz]|[+-]\d{2}:\d{2})?)?)?)?$/;
const FORMS = 'YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm with an offset (Z or ±HH:MM)';

/** True for the precisions that carry a time of day and its offset. */
export function hasTime(date: CalendarDate): boolean {
	return date.precision === 'minute' || date.precision === 'second';
}

/** Parses the written forms and says in plain words why anything else is not a date. */
export function parseCalendarDate(text: unknown): DateParse {
	if (typeof text !== 'string') return { ok: false, reason: 'is not a date written as text' };
	const match = PATTERN.exec(text.trim());
	if (!match) {
		return { ok: false, reason: `${quote(text)} is not written as ${FORMS}` };
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
	if (match[4] === undefined) return { ok: true, date: { year, month, day, precision: 'day' } };
	return readTimeOfDay(text, { year, month, day, precision: 'day' }, match.slice(4, 8));
}

function readTimeOfDay(
	text: string,
	day: CalendarDate,
	[hourText, minuteText, secondText, zone]: (string | undefined)[]
): DateParse {
	if (zone === undefined) {
		return {
			ok: false,
			reason: `${quote(text)} has a time but no offset: add Z (UTC) or the offset it was recorded in, e.g. +02:00`
		};
	}
	const hour = Number(hourText);
	const minute = Number(minuteText);
	const second = secondText === undefined ? undefined : Number(secondText);
	if (hour > 23 || minute > 59 || (second ?? 0) > 59) {
		return { ok: false, reason: `${quote(text)} is not a real time of day` };
	}
	const offset = zone.toUpperCase() === 'Z' ? 0 : offsetMinutes(zone);
	if (offset === null) return { ok: false, reason: `${quote(text)} has no real offset (${zone})` };
	const precision = second === undefined ? 'minute' : 'second';
	return {
		ok: true,
		date: { ...day, hour, minute, ...(second === undefined ? {} : { second }), offset, precision }
	};
}

/** True for an offset the data format writes: `Z`, or `±HH:MM` from -14:00 to +14:00. */
export function isOffset(text: string): boolean {
	return text === 'Z' || offsetMinutes(text) !== null;
}

/** `±HH:MM` as minutes east of UTC, or null outside the offsets clocks use (±14:00). */
export function offsetMinutes(zone: string): number | null {
	const match = /^([+-])(\d{2}):(\d{2})$/.exec(zone);
	if (!match) return null;
	const minutes = Number(match[2]) * 60 + Number(match[3]);
	if (Number(match[3]) > 59 || minutes > 14 * 60) return null;
	return match[1] === '-' ? -minutes : minutes;
}

function quote(text: string): string {
	return text.length > 40 ? `"${text.slice(0, 40)}…"` : `"${text}"`;
}

export function daysInMonth(year: number, month: number): number {
	if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * UTC ms of a proleptic Gregorian day (month and day may overflow, as in `Date.UTC`). `Date.UTC`
 * is the fast path; it reads years 0–99 as 1900–1999, so those take the slower exact one.
 */
function utc(year: number, monthIndex: number, day: number): number {
	if (year < 0 || year > 99) return Date.UTC(year, monthIndex, day);
	const date = new Date(0);
	date.setUTCFullYear(year, monthIndex, day);
	return date.getTime();
}

/** The first instant (UTC ms) of the span a date names; for a time, the instant itself. */
export function startOf(date: CalendarDate): number {
	const day = utc(date.year, (date.month ?? 1) - 1, date.day ?? 1);
	if (!hasTime(date)) return day;
	const clock = ((date.hour ?? 0) * 60 + (date.minute ?? 0) - (date.offset ?? 0)) * 60_000;
	return day + clock + (date.second ?? 0) * 1000;
}

/** The first instant after the span a date names (exclusive end, UTC ms). */
export function endOf(date: CalendarDate): number {
	if (date.precision === 'minute') return startOf(date) + 60_000;
	if (date.precision === 'second') return startOf(date) + 1000;
	if (date.precision === 'year') return utc(date.year + 1, 0, 1);
	if (date.precision === 'month') return utc(date.year, date.month ?? 1, 1);
	return utc(date.year, (date.month ?? 1) - 1, (date.day ?? 1) + 1);
}

/**
 * The first instant of the calendar day (or month, or year) a date is written on, read as UTC:
 * a timed event belongs to the day of its own recorded offset, whatever instant that is.
 */
export function calendarStartOf(date: CalendarDate): number {
	return utc(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2, minute: 3, second: 3 };

/** Wider precisions rank first among dates written on the same calendar day. */
export function precisionRank(precision: Precision): number {
	return RANK[precision];
}

/**
 * Orders dates by the calendar day they are written on, the wider span first, and timed dates
 * within a day by their instant: day-precision events come before the times of that day.
 */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
	return (
		calendarStartOf(a) - calendarStartOf(b) ||
		RANK[a.precision] - RANK[b.precision] ||
		startOf(a) - startOf(b) ||
		endOf(b) - endOf(a)
	);
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** Writes a date back in the form it was read: the form is the precision. */
export function toIsoString(date: CalendarDate): string {
	const year = date.year < 0 ? `-${pad(-date.year, 4)}` : pad(date.year, 4);
	if (date.precision === 'year') return year;
	if (date.precision === 'month') return `${year}-${pad(date.month ?? 1)}`;
	const day = `${year}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}`;
	if (!hasTime(date)) return day;
	const seconds = date.precision === 'second' ? `:${pad(date.second ?? 0)}` : '';
	return `${day}T${pad(date.hour ?? 0)}:${pad(date.minute ?? 0)}${seconds}${offsetText(date.offset ?? 0, 'Z')}`;
}

/** An offset as written in ISO dates (`+02:00`, `-09:30`), with `zero` for UTC itself. */
export function offsetText(offset: number, zero = '+00:00'): string {
	if (offset === 0) return zero;
	const size = Math.abs(offset);
	return `${offset < 0 ? '-' : '+'}${pad(Math.floor(size / 60))}:${pad(size % 60)}`;
}

/** An instant as the date-time that URLs and messages carry: UTC, to the second, with `Z`. */
export function isoInstant(ms: number): string {
	const iso = new Date(Math.floor(ms / 1000) * 1000).toISOString();
	return iso.replace(/(:00)?\.000Z$/, 'Z');
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
