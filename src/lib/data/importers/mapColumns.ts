/**
 * Maps the columns of any table (CSV/TSV whose header Chronomap does not know) onto Chronomap's
 * CSV columns, from the author's choices: a title template such as `{sub_event_type} in
 * {location}`, the date column and how its dates are written, the place name or latitude and
 * longitude, the actor, a category, tags and a note. Pure; the mapped rows then go through the
 * CSV importer, so validation and gazetteer placement are the same as for Chronomap's own CSV.
 */

import type { ColumnMapping } from '../schema';
import { normaliseColumn, readCsv, type CsvTable } from './readCsv';
import { readMappedDate } from './readMappedDate';

export type { ColumnMapping } from '../schema';

/** The mapping's fields that name one column each (the title names columns in its template). */
export const MAPPED_FIELDS = ['place', 'lat', 'lon', 'actor', 'category', 'tags', 'note'] as const;
export type MappedField = 'title' | 'date' | (typeof MAPPED_FIELDS)[number];

/** What is wrong with a mapping, in parts, so that the page can say it in the reader's language. */
export type MappingProblem =
	| { reason: 'no-column'; field: MappedField; column: string }
	| { reason: 'no-placeholder'; field: 'title' }
	| { reason: 'half-coordinates'; field: 'lat' | 'lon' };

export type MappedColumns =
	| { ok: true; toRow: (values: Record<string, string>) => Record<string, string> }
	| { ok: false; problems: MappingProblem[] };

const PLACEHOLDER = /\{([^{}]+)\}/g;

/** The title as a template: a bare column name stands for `{name}`. */
export function titleTemplate(title: string): string {
	return title.includes('{') ? title : `{${title}}`;
}

/** Checks a mapping against a header and returns the function that maps one row. */
export function mapColumns(headers: string[], mapping: ColumnMapping): MappedColumns {
	const known = new Set(headers.map(normaliseColumn));
	const template = titleTemplate(mapping.title);
	const titleColumns = [...template.matchAll(PLACEHOLDER)].map((match) => match[1]);
	const wanted: [MappedField, string | undefined][] = [
		...titleColumns.map((column): [MappedField, string] => ['title', column]),
		['date', mapping.date.column],
		...MAPPED_FIELDS.map((field): [MappedField, string | undefined] => [field, mapping[field]])
	];
	const problems: MappingProblem[] = wanted
		.filter(([, column]) => column !== undefined && !known.has(normaliseColumn(column)))
		.map(([field, column]) => ({ reason: 'no-column', field, column: column! }));
	if (!titleColumns.length) problems.push({ reason: 'no-placeholder', field: 'title' });
	if ((mapping.lat === undefined) !== (mapping.lon === undefined)) {
		problems.push({ reason: 'half-coordinates', field: mapping.lat === undefined ? 'lat' : 'lon' });
	}
	if (problems.length) return { ok: false, problems };
	const cell = (values: Record<string, string>, column: string | undefined) =>
		column === undefined ? '' : (values[normaliseColumn(column)] ?? '').trim();
	return {
		ok: true,
		toRow(values) {
			const date = readMappedDate(cell(values, mapping.date.column), mapping.date.form);
			return {
				title: template.replace(PLACEHOLDER, (_, column: string) => cell(values, column)).trim(),
				date: date.ok ? date.date : cell(values, mapping.date.column),
				place: cell(values, mapping.place),
				lat: cell(values, mapping.lat),
				lon: cell(values, mapping.lon),
				actor: cell(values, mapping.actor),
				category: cell(values, mapping.category),
				tags: cell(values, mapping.tags),
				note: cell(values, mapping.note)
			};
		}
	};
}

/** A mapping problem in English, for import reports (the page words them in its own language). */
export function describeMappingProblem(problem: MappingProblem): string {
	if (problem.reason === 'no-column') return `there is no column "${problem.column}"`;
	if (problem.reason === 'no-placeholder') return 'the template names no column, e.g. {headline}';
	return 'choose both latitude and longitude columns, or neither';
}

const OUTPUT = ['title', 'date', 'place', 'lat', 'lon', 'actor', 'category', 'tags', 'note'];

/**
 * The table's rows as Chronomap CSV columns by `mapping`, each keeping its line in the table,
 * or the mapping's problems. A date that cannot be read in the chosen form is passed on as
 * written, so the CSV importer names its line. Each row is mapped once and nothing is written
 * out and read again: this runs over 100,000 rows in the import worker.
 */
export function remapTable(
	text: string,
	mapping: ColumnMapping,
	delimiter = ','
): { ok: true; table: CsvTable } | { ok: false; problems: MappingProblem[] } {
	const { columns, rows } = readCsv(text, delimiter);
	const mapped = mapColumns(columns, mapping);
	if (!mapped.ok) return mapped;
	return {
		ok: true,
		table: {
			columns: OUTPUT,
			rows: rows.map(({ line, values }) => ({ line, values: mapped.toRow(values) }))
		}
	};
}
