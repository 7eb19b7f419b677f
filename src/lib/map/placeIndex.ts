import { bisectRight } from 'd3-array';
import type { ChronoEvent } from '$lib/data/model';
import { reachValue, type ReachKey } from '$lib/state/reachedAt';
import { NEAR_MS, type PlaceState } from './placeStates';

interface PlaceTimes {
	count: number;
	/** Where the place's times begin in the index's `placeStarts` and `placeMaxStops`. */
	from: number;
}

/** Each place's event times, sorted once per data or filter change so a frame needs no scan. */
export interface PlaceIndex {
	/** Every event's start, ascending. */
	starts: Float64Array;
	places: Map<string, PlaceTimes>;
	/**
	 * Each place's starts (instants or own calendar days, by the index's key), ascending, one
	 * place after another: two arrays for all places rather than two per place, which at 10,000
	 * places cost more to make than the times cost to sort.
	 */
	placeStarts: Float64Array;
	/** The latest stop among the place's events up to each position in `placeStarts`. */
	placeMaxStops: Float64Array;
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
	if (!isAscending(values)) order.sort((a, b) => values[a] - values[b] || a - b);
	// Places keep the order they first appear in the data, whatever order their times are in.
	// Each place id is looked up once: the slot of every event's every place is kept by event.
	const slots = new Map<string, number>();
	const counts: number[] = [];
	const firstRef = new Uint32Array(events.length + 1);
	const refSlots: number[] = [];
	for (let at = 0; at < events.length; at++) {
		firstRef[at] = refSlots.length;
		for (const id of events[at].places) {
			let slot = slots.get(id);
			if (slot === undefined) {
				slot = counts.length;
				slots.set(id, slot);
				counts.push(0);
			}
			counts[slot]++;
			refSlots.push(slot);
		}
	}
	firstRef[events.length] = refSlots.length;
	const from = new Uint32Array(counts.length);
	const next = new Uint32Array(counts.length);
	const places = new Map<string, PlaceTimes>();
	let total = 0;
	for (const [id, slot] of slots) {
		from[slot] = next[slot] = total;
		places.set(id, { count: counts[slot], from: total });
		total += counts[slot];
	}
	const placeStarts = new Float64Array(total);
	const placeMaxStops = new Float64Array(total);
	for (let rank = 0; rank < order.length; rank++) {
		const at = order[rank];
		const stop = events[at].stop;
		for (let ref = firstRef[at]; ref < firstRef[at + 1]; ref++) {
			const slot = refSlots[ref];
			const position = next[slot]++;
			placeStarts[position] = values[at];
			placeMaxStops[position] =
				position === from[slot] ? stop : Math.max(placeMaxStops[position - 1], stop);
		}
	}
	const starts = new Float64Array(order.length);
	for (let rank = 0; rank < order.length; rank++) starts[rank] = values[order[rank]];
	return { starts, places, placeStarts, placeMaxStops };
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
	const { placeStarts, placeMaxStops } = index;
	for (const [id, place] of index.places) {
		const at = bisectRight(placeStarts, currentTime, place.from, place.from + place.count) - 1;
		const active = at >= place.from;
		const emphasised =
			active && (placeMaxStops[at] > currentTime - nearMs || placeStarts[at] === latestStart);
		states.set(id, { count: place.count, active, selected: false, emphasised });
	}
	for (const id of selectedPlaces) {
		const state = states.get(id);
		if (state) state.selected = true;
	}
	return states;
}
