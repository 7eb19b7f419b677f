import { isoInstant, parseCalendarDate } from '$lib/time/calendarDate';
import { MONTH_NAMES } from './monthNames';
import { isoOffset, looksLikeTime, readTimeOfDay } from './timeOfDay';

/** A time read; `warning` says what was kept less precisely than written. */
export type TimeRead =
	{ ok: true; date?: string; warning?: string } | { ok: false; message: string };

/** What a number that is not a year counts: milliseconds since 1970 (the default) or seconds. */
export type EpochUnit = 'ms' | 's';

const CALENDAR = /^-?\d{4}(-\d{2}(-\d{2})?)?$/;
const DATE_TIME =
	/^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const DAY = /^-?\d{4}-\d{2}-\d{2}$/;
/**
 * 1e8 seconds and 1e11 milliseconds after 1970 both fall in March 1973: numbers since 1970 of
 * that size or more are read as seconds below MILLISECONDS_FROM, as milliseconds from it.
 */
export const SECONDS_FROM = 1e8;
export const MILLISECONDS_FROM = 1e11;
/** About 28 hours in milliseconds: closer to the start of 1970 than this, a number is no instant. */
const NEAR_1970 = 1e8;

const isYear = (value: number) => Number.isInteger(value) && Math.abs(value) <= 9999;
const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * Reads a time as map-animation data writes it: a calendar date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`),
 * an ISO date-time (kept in the offset it was written in), a whole number from -9999 to 9999 (a
 * year), or a number since 1970 in `unit` (kept as the instant, in UTC with `Z`). Fractions of a
 * second are dropped. A date-time without an offset cannot be placed honestly: it is kept as the
 * day written, with a warning.
 */
export function readTime(value: unknown, unit: EpochUnit = 'ms'): TimeRead {
	if (value === undefined || value === null || value === '') return { ok: true };
	if (typeof value === 'number') return readNumber(value, unit);
	if (typeof value !== 'string') return { ok: false, message: 'must be a date written as text' };
	const text = value.trim();
	if (CALENDAR.test(text)) return checked(text, text);
	const match = DATE_TIME.exec(text);
	if (!match) {
		const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
		return {
			ok: false,
			message: `"${shown}" is not a date (write YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time)`
		};
	}
	const [, day, time, zone] = match;
	if (!zone) {
		const dayCheck = checked(day, text);
		if (!dayCheck.ok) return dayCheck;
		const warning = `"${text}" has a time but no offset (Z or ±HH:MM), so only its day ${day} is kept`;
		return { ...dayCheck, warning };
	}
	// DATE_TIME lets through only what isoOffset writes; checked() then tells a real offset.
	return checked(`${day}T${time}${isoOffset(zone)}`, text);
}

/** True for a bare time of day (`14:30`, `9:05:10+02:00`), as a `time` beside a `date` may hold. */
export function isClock(value: unknown): boolean {
	return typeof value === 'string' && looksLikeTime(value);
}

/**
 * A time of day written apart from its day (`time` beside `date`) joined to that day. Without an
 * offset it cannot be placed, so, as for a date-time without one, only the day is kept: the
 * result then has a warning and no date, as it has when the day is not one day (a year, a month).
 */
export function joinClock(day: unknown, clock: unknown): TimeRead {
	const written = typeof clock === 'string' ? clock.trim() : String(clock);
	const time = readClock(clock);
	if (!time) {
		const real = typeof clock === 'string' && looksLikeTime(clock) ? ' real' : '';
		return { ok: false, message: `"${written}" is not a${real} time of day` };
	}
	const dayText = typeof day === 'string' ? day.trim() : String(day);
	if (!DAY.test(dayText)) {
		const warning = `"${written}" was not used: a time of day needs a date of one day (YYYY-MM-DD), not "${dayText.slice(0, 40)}"`;
		return { ok: true, warning };
	}
	if (!time.offset) {
		const warning = `"${written}" has no offset (Z or ±HH:MM), so it was not used: only the day ${dayText} is kept`;
		return { ok: true, warning };
	}
	const joined = readTime(`${dayText}T${time.time}${time.offset}`);
	return joined.ok ? joined : { ok: false, message: `"${written}" is not a real time of day` };
}

/** The time (ISO, `HH:MM[:SS]`) and offset (`Z`, `±HH:MM`) of a bare time of day. */
function readClock(value: unknown): { time: string; offset?: string } | undefined {
	const read = typeof value === 'string' ? readTimeOfDay(value) : undefined;
	if (!read) return undefined;
	const seconds = read.second === undefined ? '' : `:${pad(read.second)}`;
	const time = `${pad(read.hour)}:${pad(read.minute)}${seconds}`;
	return read.zone ? { time, offset: read.zone } : { time };
}

/**
 * The unit of one property's numbers over a whole file, since one value alone cannot tell:
 * seconds when every number that is not a year is below 1e11 in magnitude and at least one is
 * 1e8 or more (as milliseconds they would all fall before March 1973); otherwise milliseconds,
 * as earthquake feeds write them. `example` is the first number that decided seconds.
 */
export function epochUnit(values: Iterable<number>): { unit: EpochUnit; example?: number } {
	let example: number | undefined;
	for (const value of values) {
		if (!Number.isFinite(value) || isYear(value)) continue;
		const size = Math.abs(value);
		if (size >= MILLISECONDS_FROM) return { unit: 'ms' };
		if (size >= SECONDS_FROM) example ??= value;
	}
	return example === undefined ? { unit: 'ms' } : { unit: 's', example };
}

/** Says, with an example, that a property's numbers were read as seconds, for the file's warning. */
export function secondsWarning(example: number): string {
	const date = new Date(Math.floor(example) * 1000);
	const seconds = date.getUTCSeconds() ? `:${pad(date.getUTCSeconds())}` : '';
	const when =
		`${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}, ` +
		`${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}${seconds} UTC`;
	return `numbers read as seconds since 1970 (${example} is ${when})`;
}

function readNumber(value: number, unit: EpochUnit): TimeRead {
	if (isYear(value)) return { ok: true, date: value < 0 ? `-${pad(-value, 4)}` : pad(value, 4) };
	const ms = unit === 's' ? value * 1000 : value;
	if (!Number.isFinite(ms) || Math.abs(ms) >= 8.64e15)
		return { ok: false, message: `${value} is not a time` };
	// An instant this close to 1970 is a date written another way, not a moment then: eight digits
	// that make a day are that day (GDELT and many exports write 20240305), others are refused.
	if (Math.abs(ms) < NEAR_1970) {
		const day = compactDay(value);
		if (day) return checked(day, String(value));
		const since = unit === 's' ? 'seconds' : 'milliseconds';
		return {
			ok: false,
			message: `${value} is not a time: it is not a year (-9999 to 9999), and as ${since} since 1970 it would be ${isoInstant(ms)} (write a date as text, e.g. "2024-03-05")`
		};
	}
	return checked(isoInstant(ms), String(value));
}

/** `YYYYMMDD` as a number (20240305) written `YYYY-MM-DD`, when it is a day of the calendar. */
function compactDay(value: number): string | undefined {
	if (!Number.isInteger(value) || value < 10000101 || value > 99991231) return undefined;
	const [year, month, day] = [
		Math.floor(value / 10000),
		Math.floor(value / 100) % 100,
		value % 100
	];
	const date = `${year}-${pad(month)}-${pad(day)}`;
	return parseCalendarDate(date).ok ? date : undefined;
}

function checked(date: string, written: string): TimeRead {
	const parsed = parseCalendarDate(date);
	if (parsed.ok) return { ok: true, date };
	const reason = parsed.reason.replace(`"${date}"`, `"${written}"`);
	return {
		ok: false,
		message: reason.replace(/not a real time of day|no real offset.*/, 'not a real time')
	};
}
