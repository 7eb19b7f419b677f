import { bisectRight } from 'd3-array';
import type { ChronoEvent } from '$lib/data/model';
import { reachValue, type ReachKey } from '$lib/state/reachedAt';
import { NEAR_MS, type PlaceState } from './placeStates';

interface PlaceTimes {
	count: number;
	/** Starts of the place's events (instants or own calendar days, by the index's key), ascending. */
	starts: Float64Array;
	/** The latest stop among the events up to each position in `starts`. */
	maxStops: Float64Array;
}

/** Each place's event times, sorted once per data or filter change so a frame needs no scan. */
export interface PlaceIndex {
	/** Every event's start, ascending. */
	starts: Float64Array;
	places: Map<string, PlaceTimes>;
}

/**
 * Indexes events by instant, or (`key` 'day') by their own calendar day: the index a whole-day
 * current time is read against, so a timed event lights on the day its source gave.
 */
export function indexPlaces(events: readonly ChronoEvent[], key: ReachKey = 'instant'): PlaceIndex {
	// Each event's value is read once, and the events are put in order once (not once per place):
	// data arrives in date order, so for most data this order is already right and costs a pass.
	const values = new Float64Array(events.length);
	for (let at = 0; at < events.length; at++) values[at] = reachValue(events[at], key);
	const order = new Uint32Array(events.length);
	for (let at = 0; at < order.length; at++) order[at] = at;
	const byPlace = new Map<string, number[]>();
	if (!isAscending(values)) {
		order.sort((a, b) => values[a] - values[b] || a - b);
		// Places keep the order they first appear in the data, whatever order their times are in.
		for (const event of events)
			for (const id of event.places) if (!byPlace.has(id)) byPlace.set(id, []);
	}
	for (const at of order) {
		for (const id of events[at].places) {
			const list = byPlace.get(id);
			if (list) list.push(at);
			else byPlace.set(id, [at]);
		}
	}
	const places = new Map<string, PlaceTimes>();
	for (const [id, list] of byPlace) {
		const starts = Float64Array.from(list, (at) => values[at]);
		const maxStops = new Float64Array(list.length);
		let latest = -Infinity;
		list.forEach((at, index) => (maxStops[index] = latest = Math.max(latest, events[at].stop)));
		places.set(id, { count: list.length, starts, maxStops });
	}
	const starts = Float64Array.from(order, (at) => values[at]);
	return { starts, places };
}

function isAscending(values: Float64Array): boolean {
	for (let at = 1; at < values.length; at++) if (values[at] < values[at - 1]) return false;
	return true;
}

/** How many shown events each place has: the counts markers and the off-screen list show. */
export function placeCounts(index: PlaceIndex): Map<string, number> {
	return new Map([...index.places].map(([id, place]) => [id, place.count]));
}

/** The position of the last value at or before `time` in ascending `values`, or -1. */
const lastAtOrBefore = (values: Float64Array, time: number) => bisectRight(values, time) - 1;

/**
 * Each shown place's state at a time, so the map can diff it against the previous frame and
 * touch only the markers that changed while someone scrubs. A binary search per place, not a
 * pass over every event: scrubbing 100,000 events costs what the places cost.
 */
export function placeStatesAt(
	index: PlaceIndex,
	currentTime: number,
	selectedPlaces: readonly string[] = [],
	nearMs = NEAR_MS
): Map<string, PlaceState> {
	const last = lastAtOrBefore(index.starts, currentTime);
	const latestStart = last >= 0 ? index.starts[last] : -Infinity;
	const states = new Map<string, PlaceState>();
	for (const [id, place] of index.places) {
		const at = lastAtOrBefore(place.starts, currentTime);
		const active = at >= 0;
		const emphasised =
			active && (place.maxStops[at] > currentTime - nearMs || place.starts[at] === latestStart);
		states.set(id, { count: place.count, active, selected: false, emphasised });
	}
	for (const id of selectedPlaces) {
		const state = states.get(id);
		if (state) state.selected = true;
	}
	return states;
}
