import type { ViewState } from '$lib/state/ViewState.svelte';
import type { UrlState } from '$lib/state/urlState';
import { NO_FILTERS } from '$lib/state/filters';

/** Puts what an address says onto a freshly loaded view; returns the notices for the reader. */
export function applyUrlState(
	view: ViewState,
	state: UrlState,
	t: (key: string, values?: Record<string, string>) => string
): string[] {
	const notices: string[] = [];
	if (state.kinds || state.actors || state.categories || state.tags || state.places) {
		view.setFilters({
			kinds: state.kinds ?? NO_FILTERS.kinds,
			actors: state.actors ?? [],
			categories: state.categories ?? [],
			tags: state.tags ?? [],
			places: state.places ?? []
		});
	}
	if (state.q) view.setQuery(state.q);
	if (state.range) view.setVisibleRange(state.range);
	if (state.time !== undefined) view.setTime(state.time, state.wholeDay);
	if (state.event !== undefined) {
		const shown = view.events.some((event) => event.id === state.event);
		if (!shown || !view.select(state.event)) {
			notices.push(t('unknownEvent', { id: state.event.slice(0, 80) }));
		} else if (state.time !== undefined) {
			view.setTime(state.time, state.wholeDay);
		}
	}
	return notices;
}
