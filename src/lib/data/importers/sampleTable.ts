import { dsvFormat } from 'd3-dsv';
import { normaliseColumn, tableText } from './readCsv';

/** A table's header as written and its first rows, enough to map its columns and preview them. */
export interface TableSample {
	/** The column names as the file writes them. */
	headers: string[];
	/**
	 * The first rows (up to SAMPLE_ROWS), values by normalised column name (as `readCsv` gives
	 * them): enough to guess how a column's dates are written, which five rows may not show.
	 */
	rows: Record<string, string>[];
	delimiter: string;
}

export const SAMPLE_ROWS = 200;
/** Only the start of the text is read: a sample of a 100,000-row table must cost nothing. */
const SAMPLE_CHARACTERS = 20_000;

/**
 * The header and first rows of delimited text, as `readCsv` reads them: after an Excel `sep=`
 * line (in its delimiter) or a title line above the header.
 */
export function sampleTable(text: string, given: string): TableSample {
	const { table, delimiter } = tableText(text, given);
	const start = table.slice(0, SAMPLE_CHARACTERS);
	const complete = start.length < SAMPLE_CHARACTERS ? start : start.replace(/[^\r\n]*$/, '');
	const [header = [], ...records] = dsvFormat(delimiter).parseRows(complete);
	const columns = header.map(normaliseColumn);
	const rows = records
		.filter((record) => record.some((value) => value.trim() !== ''))
		.slice(0, SAMPLE_ROWS)
		.map((record) => {
			const values: Record<string, string> = Object.create(null);
			columns.forEach((column, index) => {
				if (!(column in values) || values[column] === '') values[column] = record[index] ?? '';
			});
			return values;
		});
	return { headers: header.map((name) => name.trim()).filter(Boolean), rows, delimiter };
}
