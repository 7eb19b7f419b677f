import type { Locale } from 'date-fns';
import { dayOfInstant } from './calendarDate';
import { isClockUnit, type TickUnit } from './chooseTicks';
import { dateInOffset, formatCalendarDate } from './formatCalendarDate';

/**
 * The slider's time as a reader is told it: the UTC calendar day when the view is ticked in days
 * or coarser (as calendar dates are), and the date and time on the display offset's clock, with
 * that clock named ("24 February 2022, 04:50 (UTC+2)"), when it is ticked in hours or minutes.
 */
export function formatCurrentTime(
	time: number,
	unit: TickUnit,
	displayOffset: number | undefined,
	locale?: Locale
): string {
	if (!isClockUnit(unit)) return formatCalendarDate(dayOfInstant(time), locale);
	return formatCalendarDate(dateInOffset(time, displayOffset ?? 0), locale);
}
