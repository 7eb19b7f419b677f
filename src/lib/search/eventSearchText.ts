import type { ChronoEvent, Dataset } from '$lib/data/model';
import { buildSearchIndex, type SearchIndex } from './searchIndex';

export type SearchableDataset = Pick<Dataset, 'events' | 'places' | 'categories'>;

/**
 * What a reader may remember of an event of this dataset, as one text: title, quote, note,
 * actor, place names (with the names it carries in other languages, so "Київ" finds Kyiv),
 * category label and tags. The lookups are built once per dataset, so a
 * large dataset's texts can be gathered slice by slice.
 */
export function searchTextOf(dataset: SearchableDataset): (event: ChronoEvent) => string {
	const placeNames = new Map(
		dataset.places.map((place) => [
			place.id,
			[place.name, ...Object.values(place.names ?? {})].join('\n')
		])
	);
	const labels = new Map(
		(dataset.categories ?? []).map((category) => [category.id, category.label])
	);
	return (event) =>
		[
			event.title,
			event.quote,
			event.note,
			event.actor,
			...event.places.map((id) => placeNames.get(id)),
			event.category === undefined ? undefined : labels.get(event.category),
			...(event.tags ?? [])
		]
			.filter(Boolean)
			.join('\n');
}

/** Indexes a dataset's events, in their order, for a reader of `language`, on this thread. */
export function indexEvents(dataset: SearchableDataset, language = 'en'): SearchIndex {
	return buildSearchIndex(dataset.events.map(searchTextOf(dataset)), language);
}
