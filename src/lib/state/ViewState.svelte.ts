import { createContext } from 'svelte';
import type { ChronoEvent, Dataset } from '$lib/data/model';
import type { EventKind } from '$lib/data/schema';
import { NO_FILTERS, filterEvents, toggled, type Filters } from './filters';
import { SearchIndexer } from '$lib/search/SearchIndexer.svelte';
import { queryWords, search } from '$lib/search/searchIndex';
import { categoryColors } from '$lib/categories/categoryColors';
import { distinctStarts, hasTimesOfDay, spanOf, stepToStop } from './timeSteps';
import { isWholeDay, type ReachKey } from './reachedAt';

export const EMPTY_DATASET: Dataset = { title: '', places: [], events: [], eras: [] };
const DAY = 86_400_000;

/**
 * The one source of truth of a view: current time, selection, visible range, filters and
 * playback. Every part of the app reads it and calls its methods; no part talks to another.
 */
export class ViewState {
	#dataset = $state.raw<Dataset>(EMPTY_DATASET);
	#currentTime = $state(0);
	/** The current time was given as a whole day (`t=YYYY-MM-DD`, a day step), not a moment. */
	#wholeDay = $state(false);
	#selectedEventId = $state<string | null>(null);
	#visibleRange = $state.raw<[number, number] | null>(null);
	#filters = $state.raw<Filters>(NO_FILTERS);
	#query = $state('');
	/** The reader's language, whose collation the search follows. */
	#language = $state('en');
	#playing = $state(false);
	#speed = $state(1);
	/** The reader is dragging the scrubber: "now" moves every frame. */
	#scrubbing = $state(false);

	/** Events the filters let through: the timeline and map draw these, dimming non-matches. */
	readonly filtered = $derived(filterEvents(this.#dataset.events, this.#filters));
	/** Each category's colour (its own or the palette's); empty when the data has no categories. */
	readonly categoryColors = $derived(categoryColors(this.#dataset.categories ?? []));
	/** Built when a search comes near (`prepareSearch`), off the main thread for large data. */
	readonly #searchIndex = new SearchIndexer();
	/** True when the query has words to search for. */
	readonly searching = $derived(queryWords(this.#query).length > 0);
	/**
	 * A flag per dataset event (by `index`) for the search, or null while nothing is searched
	 * or the index is still being prepared (`searchPending`): everything is shown meanwhile.
	 */
	readonly matches = $derived.by(() => {
		const index = this.#searchIndex.index;
		return this.searching && index ? search(index, this.#query) : null;
	});
	/** Events shown: through the filters and matching the search; the list, count and steps follow them. */
	readonly events = $derived.by(() => {
		const matches = this.matches;
		return matches ? this.filtered.filter((event) => matches[event.index] === 1) : this.filtered;
	});
	readonly #byId = $derived(new Map(this.#dataset.events.map((event) => [event.id, event])));
	/** The dataset's places by id: look places up here, never by a search through the list. */
	readonly placeById = $derived(new Map(this.#dataset.places.map((place) => [place.id, place])));
	readonly stops = $derived(distinctStarts(this.events));
	readonly #span = $derived(spanOf(this.#dataset.events));
	readonly extent = $derived<[number, number]>(
		this.#span?.extent ?? [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)]
	);
	/** True when any event has a time of day: the timeline then zooms down to minutes. */
	readonly hasTimes = $derived(hasTimesOfDay(this.#dataset.events));
	/**
	 * The latest time the slider reaches: a day before the end for calendar dates, but never
	 * before the last start, so an afternoon's events can all be reached.
	 */
	readonly latestTime = $derived(
		Math.max(this.extent[0], this.extent[1] - DAY, this.#span?.latestStart ?? -Infinity)
	);
	readonly selectedEvent = $derived(
		this.#selectedEventId === null ? null : (this.#byId.get(this.#selectedEventId) ?? null)
	);

	constructor(dataset?: Dataset) {
		if (dataset) this.setDataset(dataset);
	}

	get dataset() {
		return this.#dataset;
	}
	get currentTime() {
		return this.#currentTime;
	}
	/**
	 * How events are reached: 'day' (by their own calendar day) while the current time is a whole
	 * day someone asked for, 'instant' for any moment, including a moment that falls at midnight.
	 */
	get reachKey(): ReachKey {
		return this.#wholeDay && isWholeDay(this.#currentTime) ? 'day' : 'instant';
	}
	get selectedEventId() {
		return this.#selectedEventId;
	}
	get visibleRange(): [number, number] {
		return this.#visibleRange ?? this.extent;
	}
	/** True when a person has zoomed or panned away from the whole span. */
	get hasCustomRange() {
		return this.#visibleRange !== null;
	}
	get filters() {
		return this.#filters;
	}
	/** The search as typed; blank when nothing is searched. */
	get query() {
		return this.#query;
	}
	/** True while a search waits for its index: the view says so and applies it when ready. */
	get searchPending() {
		return this.searching && this.#searchIndex.index === null;
	}
	/** True when a search is on and the event does not match it: drawn dimmed, not listed. */
	isDimmed(event: ChronoEvent): boolean {
		return this.matches !== null && this.matches[event.index] !== 1;
	}
	get playing() {
		return this.#playing;
	}
	get speed() {
		return this.#speed;
	}
	get scrubbing() {
		return this.#scrubbing;
	}
	/** Set by the scrubber while a pointer drags it; the map holds its pulses meanwhile. */
	setScrubbing(scrubbing: boolean) {
		this.#scrubbing = scrubbing;
	}

	/**
	 * Replaces the data and opens at the latest start, so every place with an event is lit (the
	 * last event by date is not always the latest instant: offsets cross days).
	 */
	setDataset(dataset: Dataset) {
		this.#dataset = dataset;
		this.#selectedEventId = null;
		this.#visibleRange = null;
		this.#playing = false;
		this.#wholeDay = false;
		// Place and category ids belong to the data they came with.
		this.#filters = { ...this.#filters, places: [], categories: [] };
		this.#searchIndex.reset();
		if (this.searching) this.prepareSearch();
		this.#currentTime = this.#span?.latestStart ?? this.extent[0];
	}

	eventById(id: string): ChronoEvent | undefined {
		return this.#byId.get(id);
	}

	/**
	 * Moves the current time, kept inside the data's span. `wholeDay` says the time names that
	 * whole calendar day (an address's `t=YYYY-MM-DD`, a day step), so events on it are reached by
	 * their own day; otherwise it is a moment.
	 */
	setTime(time: number, wholeDay = false) {
		if (!Number.isFinite(time)) return;
		this.#currentTime = Math.min(Math.max(time, this.extent[0]), this.latestTime);
		this.#wholeDay = wholeDay;
	}

	/** Selects an event (or nothing) and moves time to its date. Unknown ids are refused. */
	select(id: string | null): boolean {
		if (id === null) {
			this.#selectedEventId = null;
			return true;
		}
		const event = this.#byId.get(id);
		if (!event) return false;
		this.#selectedEventId = id;
		this.#currentTime = event.start;
		this.#wholeDay = false;
		return true;
	}

	/** Steps to the previous or next distinct event date. */
	step(direction: -1 | 1) {
		this.#currentTime = stepToStop(this.stops, this.#currentTime, direction);
		this.#wholeDay = false;
	}

	/** Selects the event before or after the selected one, in date order among visible events. */
	selectAdjacent(direction: -1 | 1) {
		const events = this.events;
		const index = events.findIndex((event) => event.id === this.#selectedEventId);
		const next =
			index === -1 ? (direction > 0 ? events[0] : events.at(-1)) : events[index + direction];
		if (next) this.select(next.id);
	}

	setVisibleRange(range: [number, number] | null) {
		if (range && !(range[0] < range[1])) return;
		this.#visibleRange = range;
	}

	setFilters(filters: Filters) {
		this.#filters = filters;
		if (this.selectedEvent && !this.events.some((event) => event.id === this.#selectedEventId)) {
			this.#selectedEventId = null;
		}
	}

	toggleKind(kind: EventKind) {
		const kinds = this.#filters.kinds.includes(kind)
			? this.#filters.kinds.filter((other) => other !== kind)
			: [...this.#filters.kinds, kind];
		this.setFilters({ ...this.#filters, kinds });
	}

	/** One actor alone, or (null) every actor: the single choice of the actor select. */
	setActor(actor: string | null) {
		this.setFilters({ ...this.#filters, actors: actor === null ? [] : [actor] });
	}

	toggleActor(actor: string) {
		this.setFilters({ ...this.#filters, actors: toggled(this.#filters.actors, actor) });
	}

	toggleCategory(id: string) {
		this.setFilters({ ...this.#filters, categories: toggled(this.#filters.categories, id) });
	}

	toggleTag(tag: string) {
		this.setFilters({ ...this.#filters, tags: toggled(this.#filters.tags, tag) });
	}

	/** Shows only events at these places (a marker's or a cluster's), or (empty) everywhere. */
	setPlaces(ids: readonly string[]) {
		this.setFilters({ ...this.#filters, places: [...new Set(ids)] });
	}

	setQuery(query: string) {
		this.#query = query;
		if (this.searching) this.prepareSearch();
	}

	/**
	 * Starts building the search index if it is not built or on its way: called when a search
	 * comes near (the box focused or pointed at, the page idle), so the first query finds it ready.
	 */
	prepareSearch() {
		this.#searchIndex.prepare(this.#dataset, this.#language);
	}

	/** Follows the reader's language: an index already asked for is rebuilt for its collation. */
	setLanguage(language: string) {
		if (language === this.#language) return;
		this.#language = language;
		if (this.#searchIndex.started) this.prepareSearch();
	}

	/** Every filter off and the search cleared. */
	clearFilters() {
		this.#query = '';
		this.setFilters(NO_FILTERS);
	}

	play() {
		if (this.#currentTime >= this.latestTime) this.#currentTime = this.extent[0];
		this.#playing = true;
		this.#wholeDay = false;
	}

	pause() {
		this.#playing = false;
	}

	setSpeed(speed: number) {
		if ([1, 2, 4].includes(speed)) this.#speed = speed;
	}

	/** Advances playback by a real-time interval; stops at the end. */
	advance(elapsedMs: number, msPerDay: number) {
		if (!this.#playing) return;
		const next = this.#currentTime + (elapsedMs / msPerDay) * DAY * this.#speed;
		const end = this.latestTime;
		this.#currentTime = Math.min(next, end);
		if (next >= end) this.#playing = false;
	}
}

export const [getViewState, setViewState] = createContext<ViewState>();
