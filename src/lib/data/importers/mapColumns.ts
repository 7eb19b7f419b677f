/**
 * Maps the columns of any table (CSV/TSV whose header Chronomap does not know) onto Chronomap's
 * CSV columns, from the author's choices: a title template such as `{sub_event_type} in
 * {location}`, the date column and how its dates are written, the place name or latitude and
 * longitude (one column named for both holds both), the actor, a category, tags, a note and a
 * source link. Pure;
 * the mapped rows then go through the CSV importer, so validation and gazetteer placement are the
 * same as for Chronomap's own CSV.
 */

import type { ColumnMapping } from '../schema';
import type { Problem } from '../model';
import { dateColumnReader } from './dateColumnReader';
import { englishCount } from '../englishCount';
import { plainText } from './htmlToText';
import { readCoordinatePair } from './readCoordinatePair';
import { normaliseColumn, readCsv, repeatedColumns, type CsvTable } from './readCsv';
import { readMappedDate, type MappedDate } from './readMappedDate';
import {
	atTimeOfDay,
	looksLikeTime,
	readTimeOfDay,
	splitTimeOfDay,
	type TimeDropped,
	type TimeOfDay
} from './timeOfDay';

export type { ColumnMapping } from '../schema';

/** The mapping's fields that name one column each (the title names columns in its template). */
export const MAPPED_FIELDS = [
	'end',
	'time',
	'place',
	'lat',
	'lon',
	'actor',
	'category',
	'tags',
	'note',
	'source'
] as const;
export type MappedField = 'title' | 'date' | (typeof MAPPED_FIELDS)[number];

/** What is wrong with a mapping, in parts, so that the page can say it in the reader's language. */
export type MappingProblem =
	| { reason: 'no-column'; field: MappedField; column: string }
	| { reason: 'no-placeholder'; field: 'title' }
	| { reason: 'half-coordinates'; field: 'lat' | 'lon' };

/**
 * A cell the mapping could not read. A date is left empty and its event refused with this
 * reason; an end is left out and its event kept; a time of day is left out and its event kept
 * on its day (`dropped` says why, when the time itself was readable, even in a date's own cell); unreadable coordinates
 * refuse the whole row, as they do in Chronomap's own CSV.
 */
export interface CellProblem {
	field: 'date' | 'end' | 'time' | 'place';
	message: string;
	/** The cell's event is kept (its time of day left out). */
	kept?: true;
	dropped?: TimeDropped;
	/** The time column's cell was not used: the date cell gives another time of its own. */
	overruled?: true;
}

export type MappedColumns =
	| {
			ok: true;
			/** One row as Chronomap CSV columns; what it could not read is added to `problems`. */
			toRow: (values: Record<string, string>, problems?: CellProblem[]) => Record<string, string>;
	  }
	| { ok: false; problems: MappingProblem[] };

const PLACEHOLDER = /\{([^{}]+)\}/g;

/** The title as a template: a bare column name stands for `{name}`. */
export function titleTemplate(title: string): string {
	return title.includes('{') ? title : `{${title}}`;
}

/** Every column the mapping names, with the field that reads it (the title's placeholders first). */
function namedColumns(mapping: ColumnMapping): [MappedField, string | undefined][] {
	const titleColumns = [...titleTemplate(mapping.title).matchAll(PLACEHOLDER)].map(
		(match) => match[1]
	);
	return [
		...titleColumns.map((column): [MappedField, string] => ['title', column]),
		['date', mapping.date.column],
		...MAPPED_FIELDS.map((field): [MappedField, string | undefined] => [field, mapping[field]])
	];
}

/**
 * The table's columns the mapping reads nothing from, in the table's order: shown beside the
 * mapping so that an author sees what the import leaves out before applying it.
 */
export function unreadColumns(headers: readonly string[], mapping: ColumnMapping): string[] {
	const read = new Set(
		namedColumns(mapping).flatMap(([, column]) =>
			column === undefined ? [] : [normaliseColumn(column)]
		)
	);
	return headers.filter((header) => header.trim() !== '' && !read.has(normaliseColumn(header)));
}

/** True when latitude and longitude name one column, which then holds both. */
export function isCoordinatePair(mapping: ColumnMapping): boolean {
	return (
		mapping.lat !== undefined &&
		mapping.lon !== undefined &&
		normaliseColumn(mapping.lat) === normaliseColumn(mapping.lon)
	);
}

/**
 * Checks a mapping against a header and returns the function that maps one row. `readDate`
 * and `readEnd` read the date and end cells (`dateColumnReader` chooses each from its whole
 * column); by default each cell is read alone in the chosen form.
 */
export function mapColumns(
	headers: string[],
	mapping: ColumnMapping,
	readDate: (text: string) => MappedDate = (text) => readMappedDate(text, mapping.date.form),
	readEnd: (text: string) => MappedDate = (text) => readMappedDate(text, mapping.date.form)
): MappedColumns {
	const known = new Set(headers.map(normaliseColumn));
	const template = titleTemplate(mapping.title);
	const wanted = namedColumns(mapping);
	const problems: MappingProblem[] = wanted
		.filter(([, column]) => column !== undefined && !known.has(normaliseColumn(column)))
		.map(([field, column]) => ({ reason: 'no-column', field, column: column! }));
	if (!wanted.some(([field]) => field === 'title')) {
		problems.push({ reason: 'no-placeholder', field: 'title' });
	}
	if ((mapping.lat === undefined) !== (mapping.lon === undefined)) {
		problems.push({ reason: 'half-coordinates', field: mapping.lat === undefined ? 'lat' : 'lon' });
	}
	if (problems.length) return { ok: false, problems };
	const cell = (values: Record<string, string>, column: string | undefined) =>
		column === undefined ? '' : (values[normaliseColumn(column)] ?? '').trim();
	const pair = isCoordinatePair(mapping);
	return {
		ok: true,
		toRow(values, problems) {
			const written = cell(values, mapping.date.column);
			const time = cell(values, mapping.time);
			const date = written
				? readWhen('date', written, readDate, mapping.offset, time, problems)
				: { ok: true as const, date: '' };
			if (!date.ok) problems?.push({ field: 'date', message: date.message });
			const writtenEnd = cell(values, mapping.end);
			const end = writtenEnd
				? readWhen('end', writtenEnd, readEnd, mapping.offset, '', problems)
				: { ok: true as const, date: '' };
			if (!end.ok) {
				problems?.push({ field: 'end', message: `${end.message}; the event is kept without it` });
			}
			let lat = cell(values, mapping.lat);
			let lon = cell(values, mapping.lon);
			if (pair && lat) {
				const read = readCoordinatePair(lat);
				if (!read.ok) problems?.push({ field: 'place', message: read.message });
				[lat, lon] = read.ok ? [read.lat, read.lon] : ['', ''];
			}
			// Cells of other tools' tables may hold HTML (Flourish and Datawrapper pop-ups do).
			const text = (column: string | undefined) => plainText(cell(values, column));
			const title = template.replace(PLACEHOLDER, (_, column: string) => cell(values, column));
			const tags = cell(values, mapping.tags);
			return {
				title: plainText(title.trim()),
				date: date.ok ? date.date : '',
				end: end.ok ? end.date : '',
				place: text(mapping.place),
				lat,
				lon,
				actor: text(mapping.actor),
				category: text(mapping.category),
				// Split at semicolons when there are any, else at commas (the CSV reader splits at `;`).
				tags: tags.includes(';') ? tags : tags.replaceAll(',', ';'),
				note: text(mapping.note),
				source_url: cell(values, mapping.source)
			};
		}
	};
}

/**
 * A date cell read in the chosen form, with the time of day written after its date, or else the
 * one in the time column, joined to it in the time's own offset or the table's. A cell the form
 * reads whole (an ISO date-time with its offset, a Wikidata instant) is read as it is. A time
 * that cannot be kept leaves the day, and a problem that says why.
 */
function readWhen(
	field: 'date' | 'end',
	written: string,
	read: (text: string) => MappedDate,
	offset: string | undefined,
	timeCell: string,
	problems: CellProblem[] | undefined
): MappedDate {
	const whole = read(written);
	const split = whole.ok ? undefined : splitTimeOfDay(written);
	const day = split ? read(split.date) : whole;
	// After a time, the date's own reason (no month 13, not that weekday) says more than the cell's.
	if (!day.ok) return day;
	const timed = day.date.includes('T');
	const ownTime = split ? split.time : timed ? timeIn(day.date) : undefined;
	if (ownTime && timeCell && differ(ownTime, readTimeOfDay(timeCell))) {
		problems?.push({ field: 'time', message: `"${timeCell.slice(0, 40)}"`, overruled: true });
	}
	if (!split && (!timeCell || timed)) return day;
	const time = split ? split.time : readTimeOfDay(timeCell);
	// A problem is the date cell's when the time was written in it, else the time column's.
	const [shown, on] = split ? [written, field] : [timeCell, 'time' as const];
	const kept = (message: string) => {
		problems?.push({ field: on, message: `"${shown.slice(0, 40)}" ${message}`, kept: true });
		return day;
	};
	if (!time) {
		const real = split || looksLikeTime(timeCell) ? ' real' : '';
		return kept(
			`is not a${real} time of day (e.g. 14:30 or 2:30 PM); the event is kept on its day`
		);
	}
	if (time.zoneName) {
		return kept(
			`gives its zone as ${time.zoneName}, a name that stands for no one offset (CST is both US Central and China Standard Time): write the offset, such as -05:00, in its place; the event is kept on its day`
		);
	}
	if (time.rangeLike) {
		return kept(
			'reads as a range of times, or as a time at a negative offset: write the time alone, or its offset as UTC-05:00; the event is kept on its day'
		);
	}
	const joined = atTimeOfDay(day.date, time, offset);
	if (!joined.ok) return joined;
	if (joined.dropped) {
		problems?.push({
			field: on,
			message: `"${shown.slice(0, 40)}": ${DROPPED[joined.dropped]}`,
			kept: true,
			dropped: joined.dropped
		});
	}
	return { ok: true, date: joined.date };
}

/** The time of day of a date-time the date's form read whole (`2024-03-05T14:30+02:00`). */
function timeIn(dateTime: string): TimeOfDay | undefined {
	return readTimeOfDay(dateTime.slice(dateTime.indexOf('T') + 1));
}

/** Whether a time column's cell says another time than the date cell's own, to the minute. */
function differ(own: TimeOfDay, other: TimeOfDay | undefined): boolean {
	return !other || own.hour !== other.hour || own.minute !== other.minute;
}

/** Why a time of day was left out, after the time as written. */
const DROPPED: Record<TimeDropped, string> = {
	'no-offset': 'the time has no offset and none was chosen for the table, so only the day is kept',
	'not-a-day': 'a time of day needs a date of one day, so only the date is kept',
	'too-early': 'Chronomap keeps a time of day only from the year 1000, so only the day is kept'
};

/** A mapping problem in English, for import reports (the page words them in its own language). */
export function describeMappingProblem(problem: MappingProblem): string {
	if (problem.reason === 'no-column') return `there is no column "${problem.column}"`;
	if (problem.reason === 'no-placeholder') return 'the template names no column, e.g. {headline}';
	return 'choose both latitude and longitude columns, or neither';
}

const OUTPUT = [
	...['title', 'date', 'end', 'place', 'lat', 'lon'],
	...['actor', 'category', 'tags', 'note', 'source_url']
];

/**
 * The table's rows as Chronomap CSV columns by `mapping`, each keeping its line in the table,
 * or the mapping's problems. The cells the mapping could not read come back as problems named by
 * their line (a row whose coordinates cannot be read is left out, as the CSV importer leaves it
 * out). Each row is mapped once and nothing is written out and read again: this runs over
 * 100,000 rows in the import worker.
 */
export function remapTable(
	text: string,
	mapping: ColumnMapping,
	delimiter = ','
): { ok: true; table: CsvTable; problems: Problem[] } | { ok: false; problems: MappingProblem[] } {
	const { columns, rows } = readCsv(text, delimiter);
	const reader = (column: string | undefined) => {
		const name = normaliseColumn(column ?? '');
		const cells = column === undefined ? [] : rows.map(({ values }) => values[name] ?? '');
		return dateColumnReader(cells, mapping.date.form);
	};
	const mapped = mapColumns(columns, mapping, reader(mapping.date.column), reader(mapping.end));
	if (!mapped.ok) return mapped;
	const problems: Problem[] = repeatedColumns(columns);
	const read: CsvTable['rows'] = [];
	let unplaced = 0;
	let overruled = 0;
	for (const { line, values } of rows) {
		const unread: CellProblem[] = [];
		const row = mapped.toRow(values, unread);
		for (const { field, message, kept, dropped, overruled: other } of unread) {
			// Times without an offset are one choice the author did not make, said once; so are
			// times the date column overrules.
			if (dropped === 'no-offset') unplaced += 1;
			else if (other) overruled += 1;
			else {
				const refused = (field === 'date' && !kept) || field === 'place';
				const severity = refused ? 'error' : 'warning';
				problems.push({ row: `line ${line}`, field, message, severity });
			}
		}
		if (!unread.some(({ field }) => field === 'place')) read.push({ line, values: row });
	}
	if (overruled) problems.unshift(overruledTimes(overruled));
	if (unplaced) problems.unshift(unplacedTimes(unplaced));
	return { ok: true, table: { columns: OUTPUT, rows: read }, problems };
}

/** The one warning for the time column's cells that the date column's own times overruled. */
function overruledTimes(count: number): Problem {
	const lines = count === 1 ? '1 line' : `${englishCount(count)} lines`;
	return {
		row: 'file',
		field: 'time',
		message: `the time column was not used on ${lines} whose date gives another time of its own: the date's time is kept`,
		severity: 'warning'
	};
}

/** The one warning for all the times that had no offset to be placed in. */
function unplacedTimes(count: number): Problem {
	const times = count === 1 ? '1 time of day has' : `${englishCount(count)} times of day have`;
	return {
		row: 'file',
		field: 'time',
		message: `${times} no offset (Z or ±HH:MM) and none was chosen for the table, so only their days are kept: choose the offset the times were recorded in`,
		severity: 'warning'
	};
}
