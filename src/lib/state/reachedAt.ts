import { bisector } from 'd3-array';
import type { ChronoEvent } from '$lib/data/model';
import { calendarStartOf } from '$lib/time/calendarDate';

const DAY = 86_400_000;

/** What an event is compared by: its own calendar day, or its instant. */
export type ReachKey = 'day' | 'instant';

/** True for a time at exactly midnight UTC: the only times that can name a whole calendar day. */
export function isWholeDay(time: number): boolean {
	return time % DAY === 0;
}

/**
 * The number an event is compared with the current time by. Its own calendar day (read as UTC
 * midnight) for a whole day, so `2022-02-24T01:00+02:00` and `2022-02-24T20:00-10:00` are both
 * reached on 24 February; its instant for a moment, as marks are placed.
 */
export function reachValue(event: ChronoEvent, key: ReachKey): number {
	return key === 'day' ? calendarStartOf(event.date) : event.start;
}

/**
 * True when an event has been reached at a time: lit on the map, offered as "the event at this
 * time". `key` is 'day' when the time names a whole day (`t=2022-02-24`), 'instant' for a moment.
 */
export function hasReached(event: ChronoEvent, time: number, key: ReachKey): boolean {
	return reachValue(event, key) <= time;
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
	time: number,
	key: ReachKey
): ChronoEvent | null {
	const ordered = key === 'day' ? events : instantOrder;
	const index = bisector((event: ChronoEvent) => reachValue(event, key)).right(ordered, time) - 1;
	return index >= 0 ? ordered[index] : null;
}
