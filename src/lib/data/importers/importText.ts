import { detectFormat, FORMAT_NAMES, type DataFormat, type Detection } from '../detectFormat';
import type { ParseResult, Problem } from '../model';
import { fileProblem } from '../fileProblem';
import { parseDataset } from '../parseDataset';
import type { ColumnMapping } from '../schema';
import type { FallbackEncoding } from '../decodeText';
import type { LookupPlace } from './placeByName';
import { normaliseColumn } from './readCsv';
import { sampleTable, type TableSample } from './sampleTable';

export interface ImportResult extends ParseResult {
	/** The format the content was read as, or null when it was not recognised. */
	format: DataFormat | null;
	/**
	 * When the content is a table without Chronomap's `title` and `date` columns: its header and
	 * first rows, for the page to ask the author how its columns map (then import with `mapping`).
	 */
	table?: TableSample;
}

export interface ImportOptions {
	/** The file's name, used as the title when the data has none. */
	name?: string;
	/**
	 * Where the app is served from (`origin + base`): when a row names a place without
	 * coordinates, the gazetteer is fetched from there to place it. Left out, nothing is fetched.
	 */
	gazetteerBase?: string;
	/** How a table's columns map onto Chronomap's fields (any CSV/TSV is then read through it). */
	mapping?: ColumnMapping;
	/** The encoding the file's bytes were read in when they were not UTF-8 (see decodeBytes). */
	decodedAs?: FallbackEncoding;
}

/** A format read by an importer of its own: everything but Chronomap's JSON. */
export type ForeignDetection = Detection & { format: Exclude<DataFormat, 'chronomap'> };

export type ForeignReader = (
	text: string,
	detected: ForeignDetection,
	title: string | undefined,
	lookupPlace?: LookupPlace,
	mapping?: ColumnMapping
) => ParseResult;

/** The content's format, or why it has none; never throws. */
export function detectSafely(text: string): Detection {
	try {
		return detectFormat(text);
	} catch (error) {
		return { format: null, reason: `could not be read (${describe(error)})` };
	}
}

const ENCODING_NAMES: Record<FallbackEncoding, string> = {
	'windows-1252': 'Windows-1252 (Western European, as Excel saves it)'
};

/** A date as Chronomap's CSV writes one, whether or not it is a real date. */
const ISO_SHAPED = /^[+-]?\d{4}(?:-\d{2}(?:-\d{2}(?:[T ].*)?)?)?$/;

/** True when the content needs one of the other formats' importers. */
export function needsForeignReader(detected: Detection): detected is ForeignDetection {
	return detected.format !== null && detected.format !== 'chronomap';
}

/**
 * Reads detected content: Chronomap JSON here, the other formats with `readForeign`. It never
 * throws, and a file whose every event has an error is a failure, so every caller can show a
 * dataset or a reason. A file with no events at all is still a dataset, shown as empty.
 */
export function importText(
	text: string,
	detected: Detection,
	options: ImportOptions,
	readForeign?: ForeignReader,
	lookupPlace?: LookupPlace
): ImportResult {
	const title =
		options.name
			?.split(/[\\/]/)
			.pop()
			?.replace(/\.[^.]*$/, '') || undefined;
	let result: ImportResult;
	try {
		if (detected.format === null) {
			return { format: null, dataset: null, problems: [fileProblem(detected.reason)] };
		}
		if (detected.format === 'chronomap') {
			result = { format: 'chronomap', ...parseDataset(detected.json) };
		} else if (readForeign) {
			const foreign = detected as ForeignDetection;
			const read = readForeign(text, foreign, title, lookupPlace, options.mapping);
			result = { format: foreign.format, ...read };
		} else {
			throw new Error(`the ${FORMAT_NAMES[detected.format]} importer did not load`);
		}
	} catch (error) {
		return {
			format: null,
			dataset: null,
			problems: [fileProblem(`could not be read (${describe(error)})`)]
		};
	}
	if (options.decodedAs) {
		const message = `is not UTF-8, so it was read as ${ENCODING_NAMES[options.decodedAs]}: if letters look wrong, save it as UTF-8`;
		const warning: Problem = { row: 'file', field: '', message, severity: 'warning' };
		result = { ...result, problems: [warning, ...result.problems] };
	}
	const failed = result.problems.some((problem) => problem.severity === 'error');
	const noEvents = result.dataset !== null && result.dataset.events.length === 0 && failed;
	const read: ImportResult = noEvents
		? {
				...result,
				dataset: null,
				problems: [fileProblem('has no valid events'), ...result.problems]
			}
		: result;
	if (detected.format !== 'csv' || options.mapping || read.dataset) return read;
	// A table with no title and date columns, or with them but not one row readable as
	// Chronomap's CSV because its dates are written another way ("5 March 2024"), is offered for
	// mapping its columns; dates written as Chronomap's but wrong (30 February) are not.
	const table = sampleTable(text, detected.delimiter);
	const columns = table.headers.map(normaliseColumn);
	const mappable =
		!columns.includes('title') ||
		!columns.includes('date') ||
		(noEvents && table.rows.some((row) => !ISO_SHAPED.test((row.date ?? '').trim())));
	return mappable ? { ...read, table } : read;
}

function describe(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
