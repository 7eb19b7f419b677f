import { toIsoString } from '$lib/time/calendarDate';
import type { ChronoEvent, Dataset } from '../model';
import type { DatasetFile } from '../schema';

/** How to cite a download: what it is, whose it is, how fresh, and the view it was taken from. */
export interface Citation {
	title: string;
	source?: string;
	updated?: string;
	url: string;
}

/**
 * The shown events as a complete Chronomap JSON file (every field the format holds), with the
 * places they use and a `citation`. Parsing it again gives the same events.
 */
export function eventsToJson(
	dataset: Dataset,
	events: readonly ChronoEvent[],
	viewUrl: string
): DatasetFile & { citation: Citation } {
	const used = new Set(events.flatMap((event) => event.places));
	const source = dataset.source;
	const sourceText = source
		? [source.title, source.author, source.publisher, source.published].filter(Boolean).join(', ')
		: undefined;
	return {
		version: 1,
		title: dataset.title,
		description: dataset.description,
		source,
		citation: {
			title: dataset.title,
			source: sourceText,
			updated: dataset.updated ? toIsoString(dataset.updated) : undefined,
			url: viewUrl
		},
		updated: dataset.updated ? toIsoString(dataset.updated) : undefined,
		changes: dataset.changes?.map((change) => ({
			date: toIsoString(change.date),
			text: change.text
		})),
		license: dataset.license,
		corrections: dataset.corrections,
		focus: dataset.focus,
		categories: dataset.categories?.filter((category) =>
			events.some((event) => event.category === category.id)
		),
		places: dataset.places.filter((place) => used.has(place.id)),
		events: events.map((event) => ({
			id: event.id,
			title: event.title,
			date: toIsoString(event.date),
			end: event.end ? toIsoString(event.end) : undefined,
			places: event.places,
			actor: event.actor,
			kind: event.kind,
			quote: event.quote,
			note: event.note,
			source: event.source,
			sources: event.sources,
			verified: event.verified,
			media: event.media,
			category: event.category,
			tags: event.tags
		})),
		eras: dataset.eras.map((era) => ({
			id: era.id,
			title: era.title,
			date: toIsoString(era.date),
			end: toIsoString(era.end)
		}))
	};
}
