import { bisectLeft } from 'd3-array';
import type { ChronoEvent } from '$lib/data/model';

/** Events in start order with their starts in a typed array, to find a time range by binary search. */
export interface TimeIndex {
	events: readonly ChronoEvent[];
	starts: Float64Array;
	/** The longest event, so a range search can reach back to events that began before it. */
	maxSpan: number;
}

/**
 * Indexes events by start once per data or filter change, not per frame. Date order puts a day
 * before the times written on it, which may start hours earlier, so the index sorts by start.
 */
export function indexByTime(dateOrdered: readonly ChronoEvent[]): TimeIndex {
	const events = dateOrdered.slice().sort((a, b) => a.start - b.start || a.index - b.index);
	const starts = new Float64Array(events.length);
	let maxSpan = 0;
	events.forEach((event, index) => {
		starts[index] = event.start;
		maxSpan = Math.max(maxSpan, event.stop - event.start);
	});
	return { events, starts, maxSpan };
}

/** The index span [from, to) of events that may overlap a range; callers check `stop` themselves. */
function candidates(index: TimeIndex, range: readonly [number, number]): [number, number] {
	return [bisectLeft(index.starts, range[0] - index.maxSpan), bisectLeft(index.starts, range[1])];
}

/** The events whose span [start, stop) overlaps the range, in start order. */
export function eventsInRange(index: TimeIndex, range: readonly [number, number]): ChronoEvent[] {
	const [from, to] = candidates(index, range);
	const found: ChronoEvent[] = [];
	for (let i = from; i < to; i++) if (index.events[i].stop > range[0]) found.push(index.events[i]);
	return found;
}

/** How many events overlap the range, without building the list. */
export function countInRange(index: TimeIndex, range: readonly [number, number]): number {
	const [from, to] = candidates(index, range);
	let count = 0;
	for (let i = from; i < to; i++) if (index.events[i].stop > range[0]) count += 1;
	return count;
}
