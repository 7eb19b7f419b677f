import { toIsoString } from '$lib/time/calendarDate';
import { CSV_COLUMNS } from '../importers/importCsv';
import type { Category, ChronoEvent } from '../model';
import type { Place } from '../schema';
import { writeCsv } from './writeCsv';

/**
 * Events as Chronomap CSV, the same columns the CSV importer reads, so Chronomap opens the file
 * again. CSV holds one place and one media item per event (the first of each), and no sources
 * list, verification, eras or dataset fields: docs/data-format.md lists what is lost.
 */
export function eventsToCsv(
	events: readonly ChronoEvent[],
	places: readonly Place[],
	categories: readonly Category[] = []
): string {
	const placeById = new Map(places.map((place) => [place.id, place]));
	const labels = new Map(categories.map((category) => [category.id, category.label]));
	const rows = events.map((event) => {
		const place = event.places.length > 0 ? placeById.get(event.places[0]) : undefined;
		const media = event.media?.[0];
		const values: Record<string, string | number | undefined> = {
			id: event.id,
			title: event.title,
			date: toIsoString(event.date),
			end: event.end ? toIsoString(event.end) : undefined,
			not_after: event.notAfter ? toIsoString(event.notAfter) : undefined,
			approximate: event.approximate ? 'true' : undefined,
			place: place?.name,
			lat: place?.lat,
			lon: place?.lon,
			actor: event.actor,
			kind: event.kind,
			quote: event.quote,
			note: event.note,
			source_url: event.source?.url,
			// The CSV importer makes categories from labels and splits tags at semicolons.
			category: event.category === undefined ? undefined : labels.get(event.category),
			tags: event.tags?.join('; '),
			media_url: media?.url,
			media_alt: media?.alt,
			media_caption: media?.caption,
			media_credit: media?.credit
		};
		return CSV_COLUMNS.map((column) => values[column]);
	});
	return writeCsv(CSV_COLUMNS, rows);
}
