import { format, type Locale } from 'date-fns';
import { enGB } from 'date-fns/locale';
import type { CalendarDate } from './calendarDate';

const PATTERNS = { year: 'yyyy', month: 'LLLL yyyy', day: 'd MMMM yyyy' } as const;

/**
 * Formats a date at its own precision ("2019", "June 2023", "21 November 2023"). date-fns
 * formats in local time, so the Date handed to it is local midnight of the same calendar day:
 * whatever the viewer's zone, the day printed is the day written.
 */
export function formatCalendarDate(date: CalendarDate, locale: Locale = enGB): string {
	const local = new Date(2000, (date.month ?? 1) - 1, date.day ?? 1);
	local.setFullYear(date.year);
	return format(local, PATTERNS[date.precision], { locale });
}

/** Formats a span "date – end", or the date alone when there is no end. */
export function formatCalendarSpan(
	date: CalendarDate,
	end: CalendarDate | undefined,
	locale: Locale = enGB
): string {
	if (!end) return formatCalendarDate(date, locale);
	return `${formatCalendarDate(date, locale)} – ${formatCalendarDate(end, locale)}`;
}
