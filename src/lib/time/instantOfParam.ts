import { hasTime, parseCalendarDate, startOf } from './calendarDate';

/** `2022-02-24T04:50 02:00`: a `+` offset that an address turned into a space. */
const SPACED_OFFSET = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?) (\d{2}:\d{2})$/;

/** True when a parameter names a whole day (`YYYY-MM-DD`) rather than a moment. */
export function isDayParam(text: unknown): boolean {
	return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text.trim());
}

/**
 * Reads a time from an address or a host page's message: a day `YYYY-MM-DD` (its first instant)
 * or a date-time with `Z` or an offset. In a query string `+` means a space, so a space where a
 * `+` offset was expected is read as `+`: a hand-written `+02:00` still works. Null otherwise.
 */
export function instantOfParam(text: unknown): number | null {
	if (typeof text !== 'string') return null;
	const repaired = text.trim().replace(SPACED_OFFSET, '$1+$2');
	const parsed = parseCalendarDate(repaired);
	if (!parsed.ok || (parsed.date.precision !== 'day' && !hasTime(parsed.date))) return null;
	return startOf(parsed.date);
}
