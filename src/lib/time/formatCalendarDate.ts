import { format, type Locale } from 'date-fns';
import { enGB } from 'date-fns/locale';
import { hasTime, type CalendarDate, type Precision } from './calendarDate';

const PATTERNS: Record<Precision, string> = {
	year: 'yyyy',
	month: 'LLLL yyyy',
	day: 'd MMMM yyyy',
	minute: 'd MMMM yyyy, HH:mm',
	second: 'd MMMM yyyy, HH:mm:ss'
};

/**
 * Formats a date at its own precision ("2019", "June 2023", "21 November 2023", "24 February
 * 2022, 04:50 (UTC+2)"). date-fns formats in local time, so the Date handed to it is the local
 * wall-clock time of the same fields: whatever the viewer's zone, the day and time printed are
 * the ones written, in the offset they were recorded in.
 */
export function formatCalendarDate(date: CalendarDate, locale: Locale = enGB): string {
	const local = new Date(2000, (date.month ?? 1) - 1, date.day ?? 1);
	local.setFullYear(date.year);
	if (!hasTime(date)) return format(local, PATTERNS[date.precision], { locale });
	local.setHours(date.hour ?? 0, date.minute ?? 0, date.second ?? 0);
	return `${format(local, PATTERNS[date.precision], { locale })} (${zoneName(date.offset ?? 0)})`;
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

/** An offset as readers know it: "UTC", "UTC+2", "UTC-9:30". */
export function zoneName(offset: number): string {
	if (offset === 0) return 'UTC';
	const size = Math.abs(offset);
	const minutes = size % 60 ? `:${String(size % 60).padStart(2, '0')}` : '';
	return `UTC${offset < 0 ? '-' : '+'}${Math.floor(size / 60)}${minutes}`;
}

/** An instant as the wall-clock time of an offset, to the minute (or second when it has one). */
export function dateInOffset(ms: number, offset: number): CalendarDate {
	const shifted = new Date(ms + offset * 60_000);
	const second = shifted.getUTCSeconds();
	return {
		year: shifted.getUTCFullYear(),
		month: shifted.getUTCMonth() + 1,
		day: shifted.getUTCDate(),
		hour: shifted.getUTCHours(),
		minute: shifted.getUTCMinutes(),
		...(second ? { second } : {}),
		offset,
		precision: second ? 'second' : 'minute'
	};
}
