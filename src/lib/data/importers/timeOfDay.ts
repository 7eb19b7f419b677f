/**
 * Times of day as tables write them: `14:30`, `9:05:10`, `2:30 PM`, `14:30.250`, with or without
 * an offset (`Z`, `UTC`, `GMT`, `+02:00`, `+0200`, `+02`, `UTC+2`, `GMT-05:30`), alone in a
 * cell or after a date in the same cell (`05/03/2024 14:30`, `March 5, 2024, 2:30 pm`,
 * `2024-03-05T14:30`). Fractions of a second are dropped. A time joins its day only with an
 * offset, its own or the one the author gave for the table: without one it cannot be placed, and
 * only the day is kept; nor can it by a zone's abbreviation (`EST`), which is read only to say so.
 */

import { offsetMinutes, parseCalendarDate } from '$lib/time/calendarDate';

export interface TimeOfDay {
	hour: number;
	minute: number;
	second?: number;
	/** The offset written with the time, as the data format writes it: `Z` or `±HH:MM`. */
	zone?: string;
	/**
	 * The offset was a hyphen and a number straight after the minutes (`09:00-10:00`), which a
	 * table may mean as a range of times: ISO reads it as 09:00 at UTC-10:00.
	 */
	rangeLike?: true;
	/**
	 * A zone written as letters (`EST`, `CET`, `IST`): such names are ambiguous (`CST` is both
	 * Central Standard Time and China Standard Time) and say nothing of daylight saving, so the
	 * time cannot be placed by them.
	 */
	zoneName?: string;
}

/** Longer than any time or date-time anyone writes: longer text is refused before any pattern. */
const MAX_LENGTH = 64;
const CLOCK =
	/(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?(?:\s*([ap])\.?\s?m\.?)?(?:\s*(z|(?:utc|gmt)?\s*[+-]\d{1,2}(?::?\d{2})?|utc|gmt)|\s+([a-z]{2,5}))?$/i;
const ALONE = new RegExp(`^${CLOCK.source}`, 'i');
/** A date, then `T`, spaces or a comma, then a time: the date is what comes before. */
const AFTER_DATE = new RegExp(`(?:T|[\\s,]+(?:at\\s+)?)${CLOCK.source}`, 'i');
/** Minutes, then a hyphen and a time of day with no space between: `09:00-10:00`. */
const RANGE_LIKE = /\d:\d{2}-\d{1,2}:\d{2}$/;
const DAY = /^-?\d{4}-\d{2}-\d{2}$/;
/** Chronomap keeps a time of day only from this year on (see the data format's scope). */
const FIRST_TIMED_YEAR = 1000;

/** The time of day a whole cell holds, or undefined when it holds something else. */
export function readTimeOfDay(text: string): TimeOfDay | undefined {
	const value = text.trim();
	if (value.length > MAX_LENGTH) return undefined;
	const match = ALONE.exec(value);
	return match ? timeOf(match) : undefined;
}

/** True for text written as a time of day, real or not (`25:00`, `13:30 PM`, `14:30+15:00`). */
export function looksLikeTime(text: string): boolean {
	const value = text.trim();
	return value.length <= MAX_LENGTH && ALONE.test(value);
}

/**
 * A cell's date and what follows it written as a time of day, or undefined when it ends in no
 * such thing: `time` is the time, or undefined when it is not a real one (`25:00`, `13:30 PM`).
 */
export function splitTimeOfDay(
	text: string
): { date: string; time: TimeOfDay | undefined } | undefined {
	const value = text.trim();
	if (value.length > MAX_LENGTH) return undefined;
	const match = AFTER_DATE.exec(value);
	const date = match ? value.slice(0, match.index).trim() : '';
	return match && date ? { date, time: timeOf(match) } : undefined;
}

/** Why a time of day was not kept with its day: the day itself is kept. */
export type TimeDropped = 'no-offset' | 'not-a-day' | 'too-early';

export type TimedDate =
	{ ok: true; date: string; dropped?: TimeDropped } | { ok: false; message: string };

/**
 * `day` (a date in the data format) at `time`, in the time's own offset, else in `offset` (`Z`
 * or `±HH:MM`, the table's). A day with no offset to place its time in, a date that is not one
 * day (a month, a year), or a day before the year 1000, keeps the date alone and says why.
 */
export function atTimeOfDay(day: string, time: TimeOfDay, offset?: string): TimedDate {
	if (!DAY.test(day)) return { ok: true, date: day, dropped: 'not-a-day' };
	const zone = time.zone ?? offset;
	if (!zone) return { ok: true, date: day, dropped: 'no-offset' };
	if (Number(day.slice(0, day.indexOf('-', 1))) < FIRST_TIMED_YEAR) {
		return { ok: true, date: day, dropped: 'too-early' };
	}
	const second = time.second === undefined ? '' : `:${pad(time.second)}`;
	const date = `${day}T${pad(time.hour)}:${pad(time.minute)}${second}${zone}`;
	const parsed = parseCalendarDate(date);
	return parsed.ok ? { ok: true, date } : { ok: false, message: parsed.reason };
}

/** The offsets clocks use today, for the author to say which one a table's times were kept in. */
export const CLOCK_OFFSETS = [
	...['-12:00', '-11:00', '-10:00', '-09:30', '-09:00', '-08:00', '-07:00', '-06:00', '-05:00'],
	...['-04:00', '-03:30', '-03:00', '-02:00', '-01:00', 'Z', '+01:00', '+02:00', '+03:00'],
	...['+03:30', '+04:00', '+04:30', '+05:00', '+05:30', '+05:45', '+06:00', '+06:30', '+07:00'],
	...['+08:00', '+08:45', '+09:00', '+09:30', '+10:00', '+10:30', '+11:00', '+12:00', '+12:45'],
	...['+13:00', '+13:45', '+14:00']
] as const;

const pad = (value: number) => String(value).padStart(2, '0');

function timeOf(match: RegExpExecArray): TimeOfDay | undefined {
	const [, hourText, minuteText, secondText, half, zoneText, zoneName] = match;
	let hour = Number(hourText);
	const minute = Number(minuteText);
	const second = secondText === undefined ? undefined : Number(secondText);
	if (half) {
		if (hour < 1 || hour > 12) return undefined;
		hour = (hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
	}
	if (hour > 23 || minute > 59 || (second ?? 0) > 59) return undefined;
	const zone = zoneText === undefined ? undefined : zoneOf(zoneText);
	if (zone === null) return undefined;
	const rangeLike = second === undefined && RANGE_LIKE.test(match[0]);
	return {
		hour,
		minute,
		...(second === undefined ? {} : { second }),
		...(zone ? { zone } : {}),
		...(rangeLike ? { rangeLike: true as const } : {}),
		...(zoneName ? { zoneName: zoneName.toUpperCase() } : {})
	};
}

/**
 * An offset as a table or a column's name writes it (`Z`, `UTC`, `GMT`, with or without a number
 * after, `±HH:MM`, `±HHMM`, `±H`), as the data format writes it (`Z` or `±HH:MM`); undefined when
 * it is none.
 */
export function writtenOffset(text: string): string | undefined {
	return zoneOf(text.trim()) ?? undefined;
}

/**
 * `Z`, `±HH:MM`, `±HHMM`, `±HH` or `±H` as ISO writes an offset (`Z` or `±HH:MM`), not checked
 * against the offsets clocks use; null when it is written some other way.
 */
export function isoOffset(text: string): string | null {
	if (text.toUpperCase() === 'Z') return 'Z';
	const match = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(text);
	return match ? `${match[1]}${pad(Number(match[2]))}:${match[3] ?? '00'}` : null;
}

function zoneOf(text: string): string | null {
	if (!text) return null;
	const bare = text.replace(/^(?:utc|gmt)\s*/i, '');
	if (!bare) return 'Z';
	const written = isoOffset(bare);
	return written === 'Z' || (written && offsetMinutes(written) !== null) ? written : null;
}
