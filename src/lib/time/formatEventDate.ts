import type { Locale } from 'date-fns';
import type { CalendarDate } from './calendarDate';
import { formatCalendarDate, formatCalendarSpan } from './formatCalendarDate';

export interface EventDates {
	date: CalendarDate;
	end?: CalendarDate;
	notAfter?: CalendarDate;
	approximate?: boolean;
}

type Translate = (key: string, values?: Record<string, string>) => string;

/**
 * An event's dates as a reader is told them: "c. 1914", "between March 2014 and May 2014", a
 * span or a single date. Spoken (for screen-reader names) says "approximately" in full.
 */
export function formatEventDate(
	event: EventDates,
	{ t, locale }: { t: Translate; locale?: Locale },
	spoken = false
): string {
	const text = event.notAfter
		? t('time_between', {
				from: formatCalendarDate(event.date, locale),
				to: formatCalendarDate(event.notAfter, locale)
			})
		: formatCalendarSpan(event.date, event.end, locale);
	if (!event.approximate) return text;
	return t(spoken ? 'time_approximately' : 'time_circa', { date: text });
}
