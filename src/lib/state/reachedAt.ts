import { bisector } from 'd3-array';
import type { ChronoEvent } from '$lib/data/model';
import { calendarStartOf } from '$lib/time/calendarDate';

const DAY = 86_400_000;

/** What an event is compared by: its own calendar day, or its instant. */
export type ReachKey = 'day' | 'instant';

/**
 * A current time at exactly midnight UTC names a whole calendar day (`t=2022-02-24`, a day step,
 * a day-precision event's date); any other time is a moment. Addresses already write the first
 * as `YYYY-MM-DD` and the second as a date-time, so the reading survives a shared link.
 */
export function isWholeDay(time: number): boolean {
	return time % DAY === 0;
}

/** Which key a time reaches events by: a whole day by their own calendar day, a moment by instant. */
export function reachKeyAt(time: number): ReachKey {
	return isWholeDay(time) ? 'day' : 'instant';
}

/**
 * The number an event is compared with the current time by. Its own calendar day (read as UTC
 * midnight) for a whole day, so `2022-02-24T01:00+02:00` and `2022-02-24T20:00-10:00` are both
 * reached on 24 February; its instant for a moment, as marks are placed.
 */
export function reachValue(event: ChronoEvent, key: ReachKey): number {
	return key === 'day' ? calendarStartOf(event.date) : event.start;
}

/** True when an event has been reached at a time: lit on the map, offered as "the event at this time". */
export function hasReached(event: ChronoEvent, time: number): boolean {
	return reachValue(event, reachKeyAt(time)) <= time;
}

/** Date-ordered events re-ordered by instant (ties keep date order), for searching moments. */
export function byInstant(events: readonly ChronoEvent[]): ChronoEvent[] {
	return events
		.map((event, at) => ({ event, at }))
		.sort((a, b) => a.event.start - b.event.start || a.at - b.at)
		.map(({ event }) => event);
}

/**
 * The latest event reached at a time, or null: for a whole day, the last in date order whose own
 * day is on or before it; for a moment, the one with the latest instant at or before it. Events
 * are date-ordered and `instantOrder` is `byInstant(events)`; both searches are binary.
 */
export function latestReached(
	events: readonly ChronoEvent[],
	instantOrder: readonly ChronoEvent[],
	time: number
): ChronoEvent | null {
	const key = reachKeyAt(time);
	const ordered = key === 'day' ? events : instantOrder;
	const index = bisector((event: ChronoEvent) => reachValue(event, key)).right(ordered, time) - 1;
	return index >= 0 ? ordered[index] : null;
}
