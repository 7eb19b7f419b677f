/**
 * ACLED's `event_date` with its `time_precision`, as the data format writes it. ACLED records one
 * day per event and says how sure it is: 1, the day is the one the sources give; 2, the sources
 * give a week (or a few days) and ACLED recorded a day within it; 3, the sources give a month
 * and ACLED recorded a day in it. Precision 2 becomes that day ± 3 days as a `notAfter` span,
 * precision 3 the month.
 */

import { addDays, writeDate, type Day } from '$lib/draft/writeDate';
import { daysInMonth } from '$lib/time/calendarDate';
import { monthByPrefix } from './monthNames';

/** `2023-11-21`, `21 November 2023`, `21-November-2023`, `21-11-2023` or `21/11/2023`. */
export function readAcledDay(text: string): Day | null {
	const trimmed = text.trim();
	let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
	let day: Day | null = null;
	if (match) day = { year: +match[1], month: +match[2], day: +match[3] };
	else if ((match = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(trimmed))) {
		day = { year: +match[3], month: +match[2], day: +match[1] };
	} else if ((match = /^(\d{1,2})[-\s]+([A-Za-z]+)[-\s,]+(\d{4})$/.exec(trimmed))) {
		const month = monthByPrefix(match[2]);
		if (month) day = { year: +match[3], month, day: +match[1] };
	}
	if (!day || day.month < 1 || day.month > 12 || day.day < 1) return null;
	return day.day > daysInMonth(day.year, day.month) ? null : day;
}

export type AcledDate =
	{ ok: true; date: string; notAfter?: string; warning?: string } | { ok: false; message: string };

/** The event's date at the precision ACLED gives, or why it cannot be read. */
export function acledDate(eventDate: string, timePrecision: string): AcledDate {
	const day = readAcledDay(eventDate ?? '');
	if (!day) {
		return {
			ok: false,
			message: `"${eventDate}" is not a date (expected 2023-11-21, 21 November 2023 or 21-11-2023)`
		};
	}
	const precision = (timePrecision ?? '').trim();
	if (precision === '2') {
		return {
			ok: true,
			date: writeDate(addDays(day, -3), 'day'),
			notAfter: writeDate(addDays(day, 3), 'day')
		};
	}
	if (precision === '3') return { ok: true, date: writeDate(day, 'month') };
	if (precision === '1' || precision === '') return { ok: true, date: writeDate(day, 'day') };
	return {
		ok: true,
		date: writeDate(day, 'day'),
		warning: `"${timePrecision}" is not an ACLED time precision (1, 2 or 3); the day is taken as exact`
	};
}
