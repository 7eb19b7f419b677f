/**
 * Reads an ACLED export (CSV), recognised by its header, without any column mapping: one event
 * per row, titled "<sub_event_type> in <location>", dated at ACLED's time precision, placed at
 * its location's coordinates, its event type as the category and its sub-event and disorder types
 * as tags, with ACLED's notes, second actor and fatalities in the note.
 * Linear in the rows: places are shared through a map keyed by name and coordinates.
 */

import type { ParseResult, Problem } from '../model';
import { acledDate } from './acledDate';
import { finishImport, type Labelled, type RowInput } from './finishImport';
import { readCoordinates } from './readCoordinates';
import { readCsv } from './readCsv';
import { uniqueSlug } from './slugify';

/** The header columns that tell an ACLED export apart. */
export const ACLED_COLUMNS = ['event_id_cnty', 'event_date'];

/** Chronomap field names as ACLED calls them, for problems. */
const FIELDS: Record<string, string> = {
	id: 'event_id_cnty',
	title: 'sub_event_type, location',
	date: 'event_date',
	notAfter: 'event_date, time_precision',
	actor: 'actor1',
	category: 'event_type',
	tags: 'sub_event_type, disorder_type',
	note: 'notes',
	places: 'location',
	source: 'source'
};

type Values = Record<string, string>;

/** ACLED's event type, the category an event belongs to. */
export function acledCategory(values: Values): string | undefined {
	return text(values.event_type);
}

/** ACLED's sub-event and disorder types, as tags. */
export function acledTags(values: Values): string[] {
	return [text(values.sub_event_type), text(values.disorder_type)].filter(
		(tag): tag is string => tag !== undefined
	);
}

/** ACLED's fatality count, or undefined when the cell is empty or not a whole number. */
export function acledFatalities(values: Values): number | undefined {
	const count = text(values.fatalities);
	return count !== undefined && /^\d{1,9}$/.test(count) ? Number(count) : undefined;
}

export function importAcled(
	input: string,
	options: { delimiter?: string; title?: string } = {}
): ParseResult {
	const { rows } = readCsv(input, options.delimiter);
	const problems: Problem[] = [];
	const events: Labelled<RowInput>[] = [];
	const places: Labelled<RowInput>[] = [];
	const placeIds = new Map<string, string>();
	const usedPlaceIds = new Set<string>();
	const usedEventIds = new Set<string>();
	for (const { line, values } of rows) {
		const label = `line ${line}`;
		const date = acledDate(values.event_date, values.time_precision);
		if (!date.ok) {
			problems.push({ row: label, field: 'event_date', message: date.message, severity: 'error' });
			continue;
		}
		if (date.warning) {
			problems.push({
				row: label,
				field: 'time_precision',
				message: date.warning,
				severity: 'warning'
			});
		}
		const location = text(values.location);
		let placeId: string | undefined;
		if (values.latitude?.trim() || values.longitude?.trim()) {
			const coordinates = readCoordinates(values.latitude, values.longitude);
			if (!coordinates.ok) {
				for (const { field, message } of coordinates.problems) {
					const column = field === 'lat' ? 'latitude' : 'longitude';
					problems.push({ row: label, field: column, message, severity: 'error' });
				}
				continue;
			}
			const name = location ?? `${coordinates.lat}, ${coordinates.lon}`;
			const key = `${name}|${coordinates.lat}|${coordinates.lon}`;
			placeId = placeIds.get(key);
			if (!placeId) {
				placeId = uniqueSlug(name, `place-${line}`, usedPlaceIds);
				placeIds.set(key, placeId);
				places.push({
					label,
					position: line,
					row: { id: placeId, name, lat: coordinates.lat, lon: coordinates.lon, kind: 'city' }
				});
			}
		}
		const what = text(values.sub_event_type) ?? text(values.event_type) ?? 'Event';
		const title = location ? `${what} in ${location}` : what;
		const id = text(values.event_id_cnty) ?? uniqueSlug(title, `line-${line}`, usedEventIds);
		const source = text(values.source);
		events.push({
			label,
			position: line,
			row: {
				id,
				title,
				date: date.date,
				...(date.notAfter ? { notAfter: date.notAfter } : {}),
				places: placeId ? [placeId] : [],
				actor: text(values.actor1),
				category: acledCategory(values),
				tags: acledTags(values),
				kind: 'event',
				note: noteOf(values),
				...(source ? { source: { title: source } } : {})
			}
		});
	}
	return finishImport({
		title: options.title ?? 'ACLED events',
		places,
		events,
		eras: [],
		problems,
		fields: FIELDS
	});
}

/** ACLED's notes, then what has no field of its own: the second actor and the fatalities. */
function noteOf(values: Values): string | undefined {
	const parts = [text(values.notes)];
	const actor2 = text(values.actor2);
	if (actor2) parts.push(`Second actor: ${actor2}.`);
	const fatalities = acledFatalities(values);
	if (fatalities !== undefined) parts.push(`Fatalities (ACLED): ${fatalities}.`);
	const note = parts.filter(Boolean).join(' ');
	return note || undefined;
}

function text(value: string | undefined): string | undefined {
	const trimmed = value?.trim();
	return trimmed ? trimmed : undefined;
}
