import { isoDayOfInstant, parseCalendarDate } from '$lib/time/calendarDate';

export type TimeRead = { ok: true; date?: string } | { ok: false; message: string };

const CALENDAR = /^-?\d{4}(-\d{2}(-\d{2})?)?$/;
const DATE_TIME =
	/^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Reads a time as map-animation data writes it: a calendar date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`),
 * an ISO date-time (its UTC calendar day; without a zone, the day as written) or epoch milliseconds.
 */
export function readTime(value: unknown): TimeRead {
	if (value === undefined || value === null || value === '') return { ok: true };
	if (typeof value === 'number') {
		const valid = Number.isFinite(value) && Math.abs(value) < 8.64e15;
		return valid
			? { ok: true, date: isoDayOfInstant(value) }
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
	const dayCheck = checked(day, text);
	if (!dayCheck.ok || !zone) return dayCheck;
	const offset =
		zone.toUpperCase() === 'Z'
			? 'Z'
			: `${zone.slice(0, 3)}:${zone.slice(3).replace(':', '') || '00'}`;
	const instant = Date.parse(`${day}T${time}${offset}`);
	if (Number.isNaN(instant)) return { ok: false, message: `"${text}" is not a real time` };
	return { ok: true, date: isoDayOfInstant(instant) };
}

function checked(date: string, written: string): TimeRead {
	const parsed = parseCalendarDate(date);
	if (parsed.ok) return { ok: true, date };
	return { ok: false, message: parsed.reason.replace(`"${date}"`, `"${written}"`) };
}
