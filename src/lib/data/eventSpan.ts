import { endOf, startOf, type CalendarDate } from '$lib/time/calendarDate';

/** An event's span in UTC ms: from its date's first instant to the first after its end. */
export function eventSpan(
	date: CalendarDate,
	end: CalendarDate | undefined,
	notAfter: CalendarDate | undefined
): { start: number; stop: number } {
	return { start: startOf(date), stop: endOf(end ?? notAfter ?? date) };
}
