import type { TimelineDate } from './timelineDate';

/** Given: neither absent, null nor blank. */
const given = (value: unknown) =>
	typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null;

const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([ap]\.?m\.?)?$/i;

/**
 * Adds TimelineJS's time of day to a day it read (`Time` in the spreadsheet as `HH:MM[:SS]` with
 * an optional AM/PM, or `hour`, `minute`, `second` in JSON). TimelineJS keeps no offset, so the
 * time is taken as UTC (`Z`); fractions of a second are dropped. A time on a date coarser than a
 * day is left out with a warning, since it names no moment.
 */
export function withTimelineTime(
	date: TimelineDate,
	parts: { clock?: unknown; hour?: unknown; minute?: unknown; second?: unknown }
): TimelineDate & { warning?: string } {
	if (!date.ok) return date;
	const clock = readClock(parts);
	if (clock === undefined) return date;
	if (clock === null) return { ok: false, message: `time ${describe(parts)} is not a time of day` };
	if (!date.date || !/^\d{4}-\d{2}-\d{2}$/.test(date.date)) {
		return { ...date, warning: 'has a time but no day: the time is left out' };
	}
	const pad = (value: number) => String(value).padStart(2, '0');
	const seconds = clock.second ? `:${pad(clock.second)}` : '';
	return { ok: true, date: `${date.date}T${pad(clock.hour)}:${pad(clock.minute)}${seconds}Z` };
}

type Clock = { hour: number; minute: number; second: number };

/** The time given, undefined when none was, null when it is not one. */
function readClock(parts: Parameters<typeof withTimelineTime>[1]): Clock | null | undefined {
	if (given(parts.clock)) {
		const match = typeof parts.clock === 'string' ? CLOCK.exec(parts.clock.trim()) : null;
		if (!match) return null;
		let hour = Number(match[1]);
		const meridiem = match[4]?.toLowerCase().replace(/\./g, '');
		if (meridiem && (hour < 1 || hour > 12)) return null;
		if (meridiem === 'am' && hour === 12) hour = 0;
		if (meridiem === 'pm' && hour !== 12) hour += 12;
		return valid({ hour, minute: Number(match[2]), second: Number(match[3] ?? 0) });
	}
	if (!given(parts.hour) && !given(parts.minute) && !given(parts.second)) return undefined;
	const number = (value: unknown) =>
		!given(value)
			? 0
			: typeof value === 'number'
				? value
				: /^\s*\d{1,2}\s*$/.test(String(value))
					? Number(value)
					: NaN;
	return valid({
		hour: number(parts.hour),
		minute: number(parts.minute),
		second: Math.trunc(number(parts.second))
	});
}

function valid(clock: Clock): Clock | null {
	const { hour, minute, second } = clock;
	const whole = [hour, minute, second].every(Number.isInteger);
	return whole && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60
		? clock
		: null;
}

function describe(parts: Parameters<typeof withTimelineTime>[1]): string {
	const text = given(parts.clock)
		? parts.clock
		: [parts.hour, parts.minute, parts.second].map((value) => (given(value) ? value : 0)).join(':');
	const shown = typeof text === 'string' || typeof text === 'number' ? String(text) : typeof text;
	return `"${shown.length > 20 ? `${shown.slice(0, 20)}…` : shown}"`;
}
