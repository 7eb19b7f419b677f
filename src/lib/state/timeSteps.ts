import { bisectLeft, bisectRight } from 'd3-array';
import type { ChronoEvent } from '$lib/data/model';
import { hasTime } from '$lib/time/calendarDate';

/** The distinct start instants of events, ascending: events on the same day are one stop. */
export function distinctStarts(events: readonly ChronoEvent[]): number[] {
	const starts = [...new Set(events.map((event) => event.start))];
	return starts.sort((a, b) => a - b);
}

/** The previous (-1) or next (+1) stop from a time; stays put past the ends. */
export function stepToStop(stops: readonly number[], time: number, direction: -1 | 1): number {
	if (stops.length === 0) return time;
	if (direction > 0) {
		const index = bisectRight(stops, time);
		return index < stops.length ? stops[index] : time;
	}
	const index = bisectLeft(stops, time) - 1;
	return index >= 0 ? stops[index] : time;
}

/** The span [first start, last stop] the data covers, or null without events. */
export function extentOf(events: readonly ChronoEvent[]): [number, number] | null {
	return spanOf(events)?.extent ?? null;
}

/**
 * The span the data covers and its latest start, in one pass: at 100,000 events each pass over
 * them costs 10–30 ms of a load.
 */
export function spanOf(
	events: readonly ChronoEvent[]
): { extent: [number, number]; latestStart: number } | null {
	if (events.length === 0) return null;
	let min = Infinity;
	let max = -Infinity;
	let latestStart = -Infinity;
	for (const event of events) {
		if (event.start < min) min = event.start;
		if (event.start > latestStart) latestStart = event.start;
		if (event.stop > max) max = event.stop;
	}
	return { extent: [min, max], latestStart };
}

/** True when any event's date, end or notAfter has a time of day. */
export function hasTimesOfDay(events: readonly ChronoEvent[]): boolean {
	return events.some(
		(event) =>
			hasTime(event.date) ||
			(event.end !== undefined && hasTime(event.end)) ||
			(event.notAfter !== undefined && hasTime(event.notAfter))
	);
}
