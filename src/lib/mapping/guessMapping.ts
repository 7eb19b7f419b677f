import type { ColumnMapping } from '$lib/data/importers/mapColumns';
import { normaliseColumn } from '$lib/data/importers/readCsv';
import { readCoordinatePair } from '$lib/data/importers/readCoordinatePair';
import { readTimeOfDay, writtenOffset } from '$lib/data/importers/timeOfDay';
import { guessDateForm } from './guessDateForm';

export { guessDateForm } from './guessDateForm';

/** Column names that usually hold each field, most likely first (compared normalised). */
const NAMES: Record<Exclude<keyof ColumnMapping, 'offset'>, string[]> = {
	title: ['title', 'headline', 'name', 'event', 'event_type', 'subject', 'summary'],
	date: ['date', 'event_date', 'day', 'when', 'start_date', 'start', 'timestamp', 'time', 'year'],
	end: ['end', 'end_date', 'enddate', 'until', 'finish', 'stop'],
	time: ['time', 'time_of_day', 'hour', 'clock', 'event_time', 'start_time', 'local_time'],
	place: ['place', 'location', 'place_name', 'city', 'town', 'village', 'site', 'admin1'],
	lat: ['lat', 'latitude', 'y'],
	lon: ['lon', 'lng', 'long', 'longitude', 'x'],
	actor: ['actor', 'actor1', 'who', 'organisation', 'organization', 'by', 'author', 'source'],
	category: ['category', 'type', 'kind', 'group', 'class'],
	tags: ['tags', 'tag', 'keywords', 'labels', 'sub_event_type'],
	note: ['note', 'notes', 'description', 'details', 'comment', 'comments', 'text'],
	source: ['source_url', 'source_link', 'url', 'link', 'source', 'sources']
};

/**
 * A first mapping for a table Chronomap does not know, from its column names and first rows:
 * the author then corrects it. Each column is used for one field at most; the date form is the
 * one that reads the sampled dates (see `guessDateForm`); a column whose every value is a point
 * (`Point(18.4131 43.8563)`) or a "latitude, longitude" pair holds both coordinates when no
 * columns are named for them; a column of page links is the source; and the title is never a
 * column of links while another remains, nor of numbers while there are words.
 */
export function guessMapping(headers: string[], rows: Record<string, string>[]): ColumnMapping {
	const free = new Map(headers.map((header) => [normaliseColumn(header), header]));
	const valuesOf = (header: string | undefined) =>
		rows.map((row) => (row[normaliseColumn(header ?? '')] ?? '').trim()).filter(Boolean);
	const take = (field: keyof typeof NAMES): string | undefined => {
		// A title is never a column of links; a source is only one.
		const fits = (header: string | undefined) =>
			field === 'title'
				? !allLinks(valuesOf(header))
				: field === 'time'
					? allTimes(valuesOf(header))
					: field !== 'source' || allLinks(valuesOf(header));
		const name = NAMES[field].find((candidate) => free.has(candidate) && fits(free.get(candidate)));
		if (name === undefined) return undefined;
		const header = free.get(name);
		free.delete(name);
		return header;
	};
	const takeWhere = (test: (name: string, header: string) => boolean): string | undefined => {
		const found = [...free].find(([name, header]) => test(name, header));
		if (found) free.delete(found[0]);
		return found?.[1];
	};
	// Else a name that starts as a date's does (`Date (UTC)`, `Date/Time`, `timestamp_utc`).
	const dateColumn =
		take('date') ??
		takeWhere((name, header) => DATE_NAME.test(name) && valuesOf(header).length > 0);
	// Before the actor, whose names include `source`: a column of links is the source, whatever
	// its name (Wikidata's `item`), unless it is pictures or media.
	const source =
		take('source') ??
		takeWhere((name, header) => !MEDIA_NAME.test(name) && pageLinks(valuesOf(header)));
	let lat = take('lat');
	let lon = take('lon');
	if (lat === undefined || lon === undefined) {
		lat = lon = takeWhere((_, header) => holdsCoordinatePairs(valuesOf(header)));
	}
	// A column of times of day beside the dates, by a name that says so (`time`, `Time (UTC)`).
	const time =
		take('time') ?? takeWhere((name, header) => TIME_NAME.test(name) && allTimes(valuesOf(header)));
	const mapping: ColumnMapping = {
		title: take('title') ?? '',
		date: { column: dateColumn ?? '', form: guessDateForm(valuesOf(dateColumn)) },
		end: take('end'),
		time,
		offset: namedOffset(time) ?? namedOffset(dateColumn),
		place: take('place'),
		...(lat !== undefined && lon !== undefined ? { lat, lon } : {}),
		actor: take('actor'),
		category: take('category'),
		tags: take('tags'),
		note: take('note'),
		source
	};
	if (!mapping.title) {
		const text = (header: string) => !allLinks(valuesOf(header));
		// Words, not a column of numbers (an `id`) or links.
		const words = (header: string) =>
			valuesOf(header).some((value) => /\p{L}/u.test(value) && !/^https?:\/\//i.test(value));
		// Wikidata names an item's readable name `itemLabel`, beside `item`, its address; a table
		// whose only text is its description (Forensic Architecture's timemap sheets) is titled by it.
		const label = takeWhere((name, header) => name.endsWith('label') && text(header));
		const described = label === undefined && normaliseColumn(mapping.note ?? '') === 'description';
		mapping.title =
			label ??
			(described ? mapping.note! : undefined) ??
			takeWhere((_, header) => words(header)) ??
			takeWhere((_, header) => text(header)) ??
			[...free.values()][0] ??
			headers[0] ??
			'';
		if (described) delete mapping.note;
	}
	return withoutEmpty(mapping);
}

/** A column name that starts as a date column's does, normalised, and is not an end's. */
const DATE_NAME =
	/^(?:date|datetime|timestamp|when|event_date)(?:[^a-z]|$)(?!.*(?:end|stop|until|finish))/;
/** A column name that speaks of times of day (normalised: `time_utc`, `heure`, `uhrzeit`). */
const TIME_NAME = /(?:^|_)(?:time|hour|clock|heure|hora|ora|uhrzeit)(?:_|$)/;
/** An offset a column's name gives for its times: `Time (UTC)`, `date_gmt`, `Hour (UTC+3)`. */
const OFFSET_NAME = /(?:^|[^a-z])(?:utc|gmt)(?![a-z])(\s*[+-][\d:]*)?/i;
/** A name that says its times are not in the offset it names (`Time (local, not UTC)`). */
const NOT_OFFSET = /(?:^|[^a-z])(?:not|non|local)(?:[^a-z]|$)/i;

/** Every value a time of day (and at least one value). */
function allTimes(values: string[]): boolean {
	return values.length > 0 && values.every((value) => readTimeOfDay(value) !== undefined);
}

/** The offset a column's name gives for its times, as the data format writes it. */
function namedOffset(column: string | undefined): string | undefined {
	const match = column === undefined || NOT_OFFSET.test(column) ? null : OFFSET_NAME.exec(column);
	// An offset it cannot read (`UTC+2:30:00`) gives none, not UTC.
	return match ? writtenOffset(`UTC${match[1] ?? ''}`) : undefined;
}

/** Column names and addresses of pictures and media, which are no event's source. */
const MEDIA_NAME = /image|img|media|photo|picture|thumb|icon|video|audio/;
const MEDIA_FILE = /\.(?:png|jpe?g|gif|webp|svg|mp4|webm|mp3|ogg)(?:[?#]|$)/i;

/** Every value a link to a page, not to a picture or a sound (and at least one value). */
function pageLinks(values: string[]): boolean {
	return allLinks(values) && !values.some((value) => MEDIA_FILE.test(value));
}

/** Every value a web address (and at least one value). */
function allLinks(values: string[]): boolean {
	return values.length > 0 && values.every((value) => /^https?:\/\//i.test(value));
}

function holdsCoordinatePairs(values: string[]): boolean {
	return values.length > 0 && values.every((value) => readCoordinatePair(value).ok);
}

function withoutEmpty(mapping: ColumnMapping): ColumnMapping {
	return Object.fromEntries(
		Object.entries(mapping).filter(([, value]) => value !== undefined)
	) as ColumnMapping;
}
