import type { Dataset } from '$lib/data/model';
import { buildSearchIndex, type SearchIndex } from './searchIndex';

/**
 * Indexes a dataset's events, in their order, by what a reader may remember of them: title,
 * quote, note, actor, place names, category label and tags.
 */
export function indexEvents(
	dataset: Pick<Dataset, 'events' | 'places' | 'categories'>
): SearchIndex {
	const placeNames = new Map(dataset.places.map((place) => [place.id, place.name]));
	const labels = new Map(
		(dataset.categories ?? []).map((category) => [category.id, category.label])
	);
	return buildSearchIndex(
		dataset.events.map((event) =>
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
				.join('\n')
		)
	);
}
