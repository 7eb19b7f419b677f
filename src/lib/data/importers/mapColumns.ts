/**
 * Maps the columns of any table (CSV/TSV whose header Chronomap does not know) onto Chronomap's
 * CSV columns, from the author's choices: a title template such as `{sub_event_type} in
 * {location}`, the date column and how its dates are written, the place name or latitude and
 * longitude, the actor, a category and a note. Pure; the mapped rows then go through the CSV
 * importer, so validation and gazetteer placement are the same as for Chronomap's own CSV.
 */

import { csvFormatRows } from 'd3-dsv';
import { normaliseColumn, readCsv } from './readCsv';
import { readMappedDate, type DateForm } from './readMappedDate';

export interface ColumnMapping {
	/** A template with `{column}` placeholders, or a bare column name. */
	title: string;
	date: { column: string; form: DateForm };
	place?: string;
	lat?: string;
	lon?: string;
	actor?: string;
	/** Kept in the note until the data format has categories. */
	category?: string;
	note?: string;
}

export type MappedColumns =
	| { ok: true; toRow: (values: Record<string, string>) => Record<string, string> }
	| { ok: false; problems: string[] };

const PLACEHOLDER = /\{([^{}]+)\}/g;

/** Checks a mapping against a header and returns the function that maps one row. */
export function mapColumns(headers: string[], mapping: ColumnMapping): MappedColumns {
	const known = new Set(headers.map(normaliseColumn));
	const template = mapping.title.includes('{') ? mapping.title : `{${mapping.title}}`;
	const titleColumns = [...template.matchAll(PLACEHOLDER)].map((match) => match[1]);
	const wanted: [string, string | undefined][] = [
		...titleColumns.map((column): [string, string] => ['title', column]),
		['date', mapping.date.column],
		['place', mapping.place],
		['lat', mapping.lat],
		['lon', mapping.lon],
		['actor', mapping.actor],
		['category', mapping.category],
		['note', mapping.note]
	];
	const problems = wanted
		.filter(([, column]) => column !== undefined && !known.has(normaliseColumn(column)))
		.map(([field, column]) => `${field}: there is no column "${column}"`);
	if (!titleColumns.length) problems.push('title: the template names no column, e.g. {headline}');
	if ((mapping.lat === undefined) !== (mapping.lon === undefined)) {
		problems.push('lat, lon: choose both columns or neither');
	}
	if (problems.length) return { ok: false, problems };
	const cell = (values: Record<string, string>, column: string | undefined) =>
		column === undefined ? '' : (values[normaliseColumn(column)] ?? '').trim();
	return {
		ok: true,
		toRow(values) {
			const date = readMappedDate(cell(values, mapping.date.column), mapping.date.form);
			const category = cell(values, mapping.category);
			const note = cell(values, mapping.note);
			return {
				title: template.replace(PLACEHOLDER, (_, column: string) => cell(values, column)).trim(),
				date: date.ok ? date.date : cell(values, mapping.date.column),
				place: cell(values, mapping.place),
				lat: cell(values, mapping.lat),
				lon: cell(values, mapping.lon),
				actor: cell(values, mapping.actor),
				note: [note, category ? `Category: ${category}.` : ''].filter(Boolean).join(' ')
			};
		}
	};
}

const OUTPUT = ['title', 'date', 'place', 'lat', 'lon', 'actor', 'note'];

/**
 * The table rewritten as Chronomap CSV by `mapping`, or the mapping's problems. A date that
 * cannot be read in the chosen form is passed on as written, so the CSV importer names its line.
 */
export function remapTable(
	text: string,
	mapping: ColumnMapping,
	delimiter = ','
): { ok: true; csv: string } | { ok: false; problems: string[] } {
	const { columns, rows } = readCsv(text, delimiter);
	const mapped = mapColumns(columns, mapping);
	if (!mapped.ok) return mapped;
	const out = [OUTPUT, ...rows.map(({ values }) => OUTPUT.map((key) => mapped.toRow(values)[key]))];
	return { ok: true, csv: csvFormatRows(out) };
}
