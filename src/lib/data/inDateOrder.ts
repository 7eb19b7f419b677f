import { calendarStartOf, endOf, precisionRank } from '$lib/time/calendarDate';
import type { ChronoEvent } from './model';

const DAY_MS = 86_400_000;
/** Days of years -9999 to 9999 lie from 4.4 million before 1970 to 3 million after: shifted up. */
const DAY_SHIFT = 5_000_000;
const DAYS = 2 ** 24;
const RANKS = 4;
/** Positions in the list: LIMITS.events is far below this, and a key stays below 2^47. */
const POSITIONS = 2 ** 21;

/**
 * Events in date order as compareCalendarDates gives it (calendar day, the wider date first,
 * times by instant, the longer first), then by id. Day, precision and position are packed into
 * one number per event and sorted as numbers, with no comparison function; only events that
 * share a day and a precision are then compared. A comparison sort of 100,000 events took a
 * tenth of a large file's parse.
 */
export function inDateOrder(events: ChronoEvent[]): ChronoEvent[] {
	const count = events.length;
	const withinDay = tieOrder(events);
	if (count >= POSITIONS) return byComparing(events, withinDay);
	const keys = new Float64Array(count);
	for (let at = 0; at < count; at++) {
		const day = calendarStartOf(events[at].date) / DAY_MS + DAY_SHIFT;
		if (!Number.isInteger(day) || day < 0 || day >= DAYS) return byComparing(events, withinDay);
		keys[at] = (day * RANKS + precisionRank(events[at].date.precision)) * POSITIONS + at;
	}
	keys.sort();
	const sorted: ChronoEvent[] = new Array(count);
	let from = 0;
	while (from < count) {
		const group = Math.floor(keys[from] / POSITIONS);
		let to = from + 1;
		while (to < count && Math.floor(keys[to] / POSITIONS) === group) to++;
		if (to - from === 1) sorted[from] = events[keys[from] % POSITIONS];
		else {
			const tied = Array.from(keys.subarray(from, to), (key) => key % POSITIONS).sort(withinDay);
			for (let at = from; at < to; at++) sorted[at] = events[tied[at - from]];
		}
		from = to;
	}
	return sorted;
}

/**
 * Order among events written on one day at one precision, by position: by instant, the longer
 * span of the date itself first (read once per event, not per comparison), then by id.
 */
function tieOrder(events: ChronoEvent[]) {
	const dateStop = new Float64Array(events.length);
	events.forEach((event, at) => {
		dateStop[at] = event.end || event.notAfter ? endOf(event.date) : event.stop;
	});
	return (a: number, b: number) =>
		events[a].start - events[b].start ||
		dateStop[b] - dateStop[a] ||
		(events[a].id < events[b].id ? -1 : 1);
}

/** The same order by comparing events, for lists the packed keys cannot hold. */
function byComparing(
	events: ChronoEvent[],
	withinDay: (a: number, b: number) => number
): ChronoEvent[] {
	const day = events.map((event) => calendarStartOf(event.date));
	const rank = events.map((event) => precisionRank(event.date.precision));
	const order = events.map((_, at) => at);
	order.sort((a, b) => day[a] - day[b] || rank[a] - rank[b] || withinDay(a, b));
	return order.map((at) => events[at]);
}
