import type { ColumnMapping } from '$lib/data/importers/mapColumns';
import { normaliseColumn } from '$lib/data/importers/readCsv';
import { DATE_FORMS, readMappedDate, type DateForm } from '$lib/data/importers/readMappedDate';

/** Column names that usually hold each field, most likely first (compared normalised). */
const NAMES: Record<Exclude<keyof ColumnMapping, 'date'> | 'date', string[]> = {
	title: ['title', 'headline', 'name', 'event', 'event_type', 'subject', 'summary'],
	date: ['date', 'event_date', 'day', 'when', 'start_date', 'start', 'timestamp', 'time', 'year'],
	place: ['place', 'location', 'place_name', 'city', 'town', 'village', 'site', 'admin1'],
	lat: ['lat', 'latitude', 'y'],
	lon: ['lon', 'lng', 'long', 'longitude', 'x'],
	actor: ['actor', 'actor1', 'who', 'organisation', 'organization', 'by', 'author', 'source'],
	category: ['category', 'type', 'kind', 'group', 'class'],
	tags: ['tags', 'tag', 'keywords', 'labels', 'sub_event_type'],
	note: ['note', 'notes', 'description', 'details', 'comment', 'comments', 'text']
};

/**
 * A first mapping for a table Chronomap does not know, from its column names and first rows:
 * the author then corrects it. Each column is used for one field at most, and the date form is
 * the first one that reads every sampled date.
 */
export function guessMapping(headers: string[], rows: Record<string, string>[]): ColumnMapping {
	const free = new Map(headers.map((header) => [normaliseColumn(header), header]));
	const take = (field: keyof typeof NAMES): string | undefined => {
		const name = NAMES[field].find((candidate) => free.has(candidate));
		if (name === undefined) return undefined;
		const header = free.get(name);
		free.delete(name);
		return header;
	};
	const dateColumn = take('date');
	const lat = take('lat');
	const lon = take('lon');
	const both = lat !== undefined && lon !== undefined;
	const mapping: ColumnMapping = {
		title: take('title') ?? '',
		date: {
			column: dateColumn ?? '',
			form: guessDateForm(rows.map((row) => row[normaliseColumn(dateColumn ?? '')] ?? ''))
		},
		place: take('place'),
		...(both ? { lat, lon } : {}),
		actor: take('actor'),
		category: take('category'),
		tags: take('tags'),
		note: take('note')
	};
	if (!mapping.title) mapping.title = [...free.values()][0] ?? headers[0] ?? '';
	return withoutEmpty(mapping);
}

/** The first written form that reads every non-empty value; ISO when none does. */
export function guessDateForm(values: string[]): DateForm {
	const written = values.map((value) => value.trim()).filter(Boolean);
	if (!written.length) return 'iso';
	return (
		DATE_FORMS.find((form) => written.every((value) => readMappedDate(value, form).ok)) ?? 'iso'
	);
}

function withoutEmpty(mapping: ColumnMapping): ColumnMapping {
	return Object.fromEntries(
		Object.entries(mapping).filter(([, value]) => value !== undefined)
	) as ColumnMapping;
}
