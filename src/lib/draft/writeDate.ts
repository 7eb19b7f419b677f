/** Small helpers that write calendar days in the data format (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). */

import type { Precision } from '$lib/time/calendarDate';

export interface Day {
	year: number;
	month: number;
	day: number;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** Writes a day at a precision: a month stays a month, a year a year. */
export function writeDate(day: Day, precision: Precision): string {
	const year = day.year < 0 ? `-${pad(-day.year, 4)}` : pad(day.year, 4);
	if (precision === 'year') return year;
	if (precision === 'month') return `${year}-${pad(day.month)}`;
	return `${year}-${pad(day.month)}-${pad(day.day)}`;
}

/** Moves a day by whole days in UTC, so no time zone or daylight saving can shift it. */
export function addDays(day: Day, days: number): Day {
	const date = new Date(0);
	date.setUTCFullYear(day.year, day.month - 1, day.day + days);
	return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 for Sunday … 6 for Saturday, in the proleptic Gregorian calendar. */
export function weekday(day: Day): number {
	const date = new Date(0);
	date.setUTCFullYear(day.year, day.month - 1, day.day);
	return date.getUTCDay();
}

/** Orders two days; negative when `a` comes first. */
export function compareDays(a: Day, b: Day): number {
	return a.year - b.year || a.month - b.month || a.day - b.day;
}

export const WEEKDAYS = [
	'Sunday',
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday'
] as const;
