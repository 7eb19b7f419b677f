import { isoInstant, parseCalendarDate } from '$lib/time/calendarDate';

/** A time read; `warning` says what was kept less precisely than written. */
export type TimeRead =
	{ ok: true; date?: string; warning?: string } | { ok: false; message: string };

const CALENDAR = /^-?\d{4}(-\d{2}(-\d{2})?)?$/;
const DATE_TIME =
	/^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Reads a time as map-animation data writes it: a calendar date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`),
 * an ISO date-time (kept in the offset it was written in), or epoch milliseconds (kept as the
 * instant, in UTC with `Z`). Fractions of a second are dropped. A date-time without an offset
 * cannot be placed honestly: it is kept as the day written, with a warning.
 */
export function readTime(value: unknown): TimeRead {
	if (value === undefined || value === null || value === '') return { ok: true };
	if (typeof value === 'number') {
		const valid = Number.isFinite(value) && Math.abs(value) < 8.64e15;
		return valid
			? checked(isoInstant(value), String(value))
			: { ok: false, message: `${value} is not a time` };
	}
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
	const offset =
		zone.toUpperCase() === 'Z'
			? 'Z'
			: `${zone.slice(0, 3)}:${zone.slice(3).replace(':', '') || '00'}`;
	return checked(`${day}T${time}${offset}`, text);
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
