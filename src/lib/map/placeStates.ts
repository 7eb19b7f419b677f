import type { ChronoEvent } from '$lib/data/model';
import { hasReached, type ReachKey } from '$lib/state/reachedAt';

const DAY = 86_400_000;
/** How long after it ends an event still counts as "now" for emphasis. */
export const NEAR_MS = 15 * DAY;

export interface PlaceState {
	/** Shown events at the place, whatever the time. */
	count: number;
	/** At least one of its events has started by the current time. */
	active: boolean;
	/** The selected event happens here. */
	selected: boolean;
	/** An event here is under way, ended within NEAR_MS, or is the latest to have started. */
	emphasised: boolean;
	/** A search is on and none of the place's events match it. */
	dimmed?: boolean;
	/** The colours of the place's categories (one, or several for a ring); absent without categories. */
	colors?: readonly string[];
}

/** Ids whose state differs between two frames, including places that appeared or went away. */
export function changedPlaces(
	previous: ReadonlyMap<string, PlaceState>,
	next: ReadonlyMap<string, PlaceState>
): string[] {
	const changed: string[] = [];
	for (const [id, state] of next) {
		const before = previous.get(id);
		if (
			!before ||
			before.count !== state.count ||
			before.active !== state.active ||
			before.selected !== state.selected ||
			before.emphasised !== state.emphasised ||
			before.dimmed !== state.dimmed ||
			before.colors !== state.colors
		) {
			changed.push(id);
		}
	}
	for (const id of previous.keys()) if (!next.has(id)) changed.push(id);
	return changed;
}

/**
 * The events at any of `placeIds`, in their order. A cluster can hold thousands of places: the
 * ids become a set, so this is one pass over the events.
 */
export function eventsAtPlaces(
	events: readonly ChronoEvent[],
	placeIds: readonly string[]
): ChronoEvent[] {
	const chosen = new Set(placeIds);
	return events.filter((event) => event.places.some((id) => chosen.has(id)));
}

/** The event a click on a place opens: its latest reached at the time, else its first. */
export function eventToOpen(
	events: readonly ChronoEvent[],
	placeIds: readonly string[],
	currentTime: number,
	key: ReachKey = 'instant'
): ChronoEvent | undefined {
	const here = eventsAtPlaces(events, placeIds);
	return here.findLast((event) => hasReached(event, currentTime, key)) ?? here[0];
}

/**
 * A cluster's state: lit, selected or emphasised if any of its places is, dimmed only if all
 * are; counts add up and colours gather in order.
 */
export function groupState(
	ids: readonly string[],
	states: ReadonlyMap<string, PlaceState>
): PlaceState {
	const members = ids.flatMap((id) => states.get(id) ?? []);
	const colors = members.some((state) => state.colors)
		? [...new Set(members.flatMap((state) => state.colors ?? []))]
		: undefined;
	return {
		count: members.reduce((sum, state) => sum + state.count, 0),
		active: members.some((state) => state.active),
		selected: members.some((state) => state.selected),
		emphasised: members.some((state) => state.emphasised),
		...(members.some((state) => state.dimmed !== undefined)
			? { dimmed: members.every((state) => state.dimmed) }
			: {}),
		...(colors ? { colors } : {})
	};
}

/**
 * Adds what the search and the categories say to each place's state: dimmed when a search is
 * on (`matched` not null) and no event there matches, and the colours of its categories.
 */
export function withLooks(
	states: Map<string, PlaceState>,
	matched: ReadonlySet<string> | null,
	colors: ReadonlyMap<string, readonly string[]> | null
): Map<string, PlaceState> {
	if (matched === null && colors === null) return states;
	for (const [id, state] of states) {
		if (matched !== null) state.dimmed = !matched.has(id);
		const own = colors?.get(id);
		if (own) state.colors = own;
	}
	return states;
}
