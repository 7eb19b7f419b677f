import { dsvFormat } from 'd3-dsv';

export interface CsvRow {
	/** The line of the file where this record starts (the header is line 1). */
	line: number;
	/** Values by normalised column name; a missing value is ''. */
	values: Record<string, string>;
}

export interface CsvTable {
	/** Normalised column names, in the order written. */
	columns: string[];
	rows: CsvRow[];
}

/** Column names are matched loosely: `End Year`, `end_year` and `END-YEAR` are the same column. */
export function normaliseColumn(name: string): string {
	return name
		.trim()
		.toLowerCase()
		.replace(/[\s_-]+/g, '_');
}

/** The normalised names in the first line of delimited text. */
export function headerColumns(text: string, delimiter: string): string[] {
	const firstLine = stripBom(text).split(/\r\n|\r|\n/, 1)[0] ?? '';
	return (dsvFormat(delimiter).parseRows(firstLine)[0] ?? []).map(normaliseColumn);
}

/**
 * Reads delimited text with d3-dsv, remembering the line where each record starts so that a
 * problem can say "line 14". Blank lines are skipped. It uses `parseRows`, not `csvParse`, whose
 * row converter is compiled with `new Function`, which the app's CSP (no unsafe-eval) forbids.
 */
export function readCsv(text: string, delimiter = ','): CsvTable {
	const [header = [], ...records] = dsvFormat(delimiter).parseRows(stripBom(text));
	const columns = header.map(normaliseColumn);
	const rows: CsvRow[] = [];
	let line = 1 + 1 + lineBreaks(header);
	for (const record of records) {
		if (record.some((value) => value.trim() !== '')) {
			// No prototype: a column named __proto__ or constructor is just a column.
			const values: Record<string, string> = Object.create(null);
			columns.forEach((column, index) => {
				if (!(column in values) || values[column] === '') values[column] = record[index] ?? '';
			});
			rows.push({ line, values });
		}
		line += 1 + lineBreaks(record);
	}
	return { columns, rows };
}

function stripBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Line breaks inside quoted values: each moves the next record one line further down. */
function lineBreaks(values: string[]): number {
	let count = 0;
	for (const value of values) count += value.match(/\r\n|\r|\n/g)?.length ?? 0;
	return count;
}
