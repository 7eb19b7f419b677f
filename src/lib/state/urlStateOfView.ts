import { EVENT_KINDS } from '$lib/data/kinds';
import type { ViewState } from './ViewState.svelte';
import { isFiltering } from './filters';
import type { UrlState } from './urlState';

const DAY = 86_400_000;

/**
 * What an address must say to reproduce a view: the selection, the time when it differs from
 * the selection's date, a zoomed range, and the filters. Both the page address and embed
 * snippets are written from it, so a shared link and a pasted embed open the same view.
 */
export function urlStateOfView(view: ViewState): UrlState {
	const { kinds, actors, categories, tags, places } = view.filters;
	const list = (values: readonly string[]) => (values.length > 0 ? [...values] : undefined);
	// Data without times is addressed by day; data with times to the second.
	const unit = view.hasTimes ? 1000 : DAY;
	const floor = (time: number) => Math.floor(time / unit) * unit;
	const range = view.visibleRange;
	const time = view.selectedEvent?.start === view.currentTime ? undefined : floor(view.currentTime);
	return {
		event: view.selectedEventId ?? undefined,
		time,
		// With times, a moment at midnight stays a moment; without, every time is a day.
		...(view.hasTimes && time !== undefined ? { wholeDay: view.reachKey === 'day' } : {}),
		range: view.hasCustomRange ? [floor(range[0]), Math.ceil(range[1] / unit) * unit] : undefined,
		kinds: isFiltering(view.filters) && kinds.length < EVENT_KINDS.length ? [...kinds] : undefined,
		actors: list(actors),
		categories: list(categories),
		tags: list(tags),
		places: list(places),
		q: view.query.trim() ? view.query : undefined
	};
}
