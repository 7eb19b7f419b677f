import { readCsvText } from '../export/csvCell';
import type { ParseResult, Problem } from '../model';
import { finishImport, type Labelled, type RowInput } from './finishImport';
import { placeByName, UNPLACED, type LookupPlace } from './placeByName';
import { readCoordinates } from './readCoordinates';
import { readCsv, repeatedColumns, type CsvRow, type CsvTable } from './readCsv';
import { readSourceUrl } from './readSourceUrl';
import { uniqueSlug } from './slugify';
import { splitTags } from './categoriesFromLabels';
import { importedMedia } from '$lib/media/importedMedia';
import { fileProblem } from '../fileProblem';

/** The columns Chronomap writes, in order (the export writes exactly these). */
export const CSV_COLUMNS = [
	'id',
	'title',
	'date',
	'end',
	'not_after',
	'approximate',
	'place',
	'lat',
	'lon',
	'actor',
	'kind',
	'quote',
	'note',
	'source_url',
	'category',
	'tags',
	'media_url',
	'media_alt',
	'media_caption',
	'media_credit'
];
/** What the importer also reads: a `time` column joined to `date`, and `notAfter` written as one word. */
const READ_COLUMNS = [...CSV_COLUMNS, 'time', 'notafter'];
const REQUIRED = ['title', 'date'];

/**
 * Other names spreadsheets give some columns, read as that column when the file has none of
 * the name itself: `Latitude`/`Longitude` (`lng`, `long`) are the coordinates, `Description` the
 * note, and `Location` the place, though only beside coordinates, where it names them; alone it
 * would drop every row the gazetteer does not know, where the file only meant to describe it.
 */
const ALIASES: [alias: string, column: string][] = [
	['latitude', 'lat'],
	['longitude', 'lon'],
	['lng', 'lon'],
	['long', 'lon'],
	['description', 'note'],
	['location', 'place']
];

/** The table with each alias read as its column, and the names the file gave those columns. */
function withAliases({ columns, rows }: CsvTable): { table: CsvTable; named: Map<string, string> } {
	const named = new Map<string, string>();
	const present = new Set(columns);
	for (const [alias, column] of ALIASES) {
		if (!present.has(alias) || present.has(column) || named.has(column)) continue;
		if (column === 'place' && !(named.has('lat') && named.has('lon'))) continue;
		named.set(column, alias);
	}
	if (named.size === 0) return { table: { columns, rows }, named };
	const renamed = columns.map(
		(column) => [...named].find(([, alias]) => alias === column)?.[0] ?? column
	);
	const read = rows.map(({ line, values }) => {
		const copy: Record<string, string> = Object.assign(Object.create(null), values);
		for (const [column, alias] of named) copy[column] = values[alias] ?? '';
		return { line, values: copy };
	});
	return { table: { columns: renamed, rows: read }, named };
}

/**
 * Reads Chronomap's CSV: one event per row, its place given by name with coordinates on at least
 * one row. Problems name the line ("line 14, date: …").
 */
export function importCsv(
	text: string,
	options: { delimiter?: string; title?: string; lookupPlace?: LookupPlace } = {}
): ParseResult {
	return importCsvTable(readCsv(text, options.delimiter), options);
}

/** Chronomap's CSV already split into rows: a mapped table comes here without being written out. */
export function importCsvTable(
	given: CsvTable,
	options: { title?: string; lookupPlace?: LookupPlace } = {}
): ParseResult {
	const { table, named } = withAliases(given);
	const { columns, rows } = table;
	/** A problem names the column as the file does. */
	const field = (column: string) => named.get(column) ?? column;
	const missing = REQUIRED.filter((column) => !columns.includes(column));
	if (missing.length > 0) {
		const found =
			given.columns
				.filter(Boolean)
				.map((column) => `"${column}"`)
				.join(', ') || 'none';
		const message = `has no ${missing.map((c) => `"${c}"`).join(' or ')} column (found ${found}; expected ${READ_COLUMNS.join(', ')})`;
		return { dataset: null, problems: [fileProblem(message)] };
	}
	const problems: Problem[] = repeatedColumns(given.columns);
	const unknown = columns.filter((column) => column && !READ_COLUMNS.includes(column));
	if (unknown.length > 0) {
		const message = `has columns that were ignored: ${unknown.map((c) => `"${c}"`).join(', ')}`;
		problems.push({ row: 'file', field: '', message, severity: 'warning' });
	}
	const places = readPlaces(rows, problems, field);
	const usedIds = new Set(rows.map((row) => clean(row.values.id)).filter((id) => id !== undefined));
	const events: Labelled<RowInput>[] = [];
	for (const { line, values } of rows) {
		const label = `line ${line}`;
		const place = places.byLine.get(line);
		if (place === null) continue;
		const name = clean(values.place);
		if (place === undefined && name !== undefined && !places.byName.has(name.toLowerCase())) {
			const found = options.lookupPlace && placeByName(name, options.lookupPlace);
			if (!found) {
				const message = `"${name}" ${UNPLACED}`;
				problems.push({ row: label, field: field('place'), message, severity: 'error' });
				continue;
			}
			const id = uniqueSlug(name, `place-${line}`, places.usedIds);
			places.byName.set(name.toLowerCase(), id);
			places.rows.push({
				label,
				position: line,
				row: { id, name, lat: found.lat, lon: found.lon }
			});
			problems.push({
				row: label,
				field: field('place'),
				message: found.warning,
				severity: 'warning'
			});
		}
		const placeId =
			place ?? (name === undefined ? undefined : places.byName.get(name.toLowerCase()));
		const title = clean(values.title);
		events.push({
			label,
			position: line,
			row: {
				id: clean(values.id) ?? uniqueSlug(title ?? '', `line-${line}`, usedIds),
				title,
				date: withTime(clean(values.date), clean(values.time)),
				end: clean(values.end),
				notAfter: clean(values.notafter ?? values.not_after),
				approximate: flag(values.approximate),
				places: placeId ? [placeId] : [],
				actor: clean(values.actor),
				category: clean(values.category),
				tags: splitTags(values.tags),
				kind: clean(values.kind),
				quote: clean(values.quote),
				note: clean(values.note),
				source: readSourceUrl(values.source_url, label, 'source_url', problems),
				media: importedMedia(
					{
						url: values.media_url,
						alt: clean(values.media_alt),
						caption: clean(values.media_caption),
						credit: clean(values.media_credit)
					},
					label,
					problems,
					'media_url'
				)
			}
		});
	}
	return finishImport({
		title: options.title ?? '',
		places: places.rows,
		events,
		eras: [],
		problems,
		fields: {
			places: field('place'),
			note: field('note'),
			source: 'source_url',
			media: 'media_url',
			'media.url': 'media_url',
			'media.alt': 'media_alt',
			'media.caption': 'media_caption',
			'media.credit': 'media_credit'
		}
	});
}

/**
 * A `time` column joins `date` (`2022-02-24` and `04:50+02:00` make `2022-02-24T04:50+02:00`);
 * a time without an offset then fails the date's check, which names it.
 */
function withTime(date: string | undefined, time: string | undefined): string | undefined {
	return date && time ? `${date}T${time}` : date;
}

/** Yes-like text is true, empty or no-like text is not given; anything else is left for the schema to refuse. */
function flag(value: string | undefined): boolean | string | undefined {
	const text = clean(value)?.toLowerCase();
	if (text === undefined || ['false', 'no', '0'].includes(text)) return undefined;
	return ['true', 'yes', '1', 'x'].includes(text) ? true : text;
}

/** Empty text means "not given"; a cell neutralised against formulas on export reads as written. */
function clean(value: string | undefined): string | undefined {
	const trimmed = value === undefined ? undefined : readCsvText(value).trim();
	return trimmed ? trimmed : undefined;
}

/**
 * Collects the places named with coordinates. A place is known by its name; the same name with
 * other coordinates is reported and the first coordinates win. Lines with bad coordinates map to null.
 */
function readPlaces(rows: CsvRow[], problems: Problem[], field: (column: string) => string) {
	const byName = new Map<string, string>();
	const byLine = new Map<number, string | null>();
	const first = new Map<string, Labelled<RowInput> & { lat: number; lon: number }>();
	const usedIds = new Set<string>();
	for (const { line, values } of rows) {
		if (clean(values.lat) === undefined && clean(values.lon) === undefined) continue;
		const label = `line ${line}`;
		const coordinates = readCoordinates(values.lat, values.lon);
		if (!coordinates.ok) {
			byLine.set(line, null);
			for (const problem of coordinates.problems) {
				const { message } = problem;
				problems.push({ row: label, field: field(problem.field), message, severity: 'error' });
			}
			continue;
		}
		const { lat, lon } = coordinates;
		const name = clean(values.place) ?? `${lat}, ${lon}`;
		const key = name.toLowerCase();
		const earlier = first.get(key);
		if (earlier && (earlier.lat !== lat || earlier.lon !== lon)) {
			const message = `"${name}" has other coordinates on ${earlier.label} (${earlier.lat}, ${earlier.lon}); those are used`;
			problems.push({ row: label, field: field('place'), message, severity: 'warning' });
		}
		if (!earlier) {
			const id = uniqueSlug(name, `place-${line}`, usedIds);
			first.set(key, { label, position: line, row: { id, name, lat, lon }, lat, lon });
			byName.set(key, id);
		}
		byLine.set(line, byName.get(key)!);
	}
	const placeRows = [...first.values()].map(({ label, position, row }) => ({
		label,
		position,
		row
	}));
	return { byName, byLine, rows: placeRows, usedIds };
}
