import { dsvFormat } from 'd3-dsv';
import type { Problem } from '../model';

export interface CsvRow {
	/** The line of the file where this record starts (the header is line 1, or 2 after `sep=`). */
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

/**
 * Excel's first line `sep=;` (also `sep=,`, `sep=\t`, quoted as `"sep=;"`, or padded with more
 * delimiters by a tool that writes every line the table's width): it declares the delimiter and
 * is not part of the table. Returns that delimiter and where the table starts, or null.
 */
export function separatorLine(text: string): { delimiter: string; tableStart: number } | null {
	const body = stripBom(text);
	const offset = text.length - body.length;
	const quoted = body[0] === '"' ? 1 : 0;
	if (body.slice(quoted, quoted + 4).toLowerCase() !== 'sep=') return null;
	const delimiter = body[quoted + 4] ?? '';
	if (!isDelimiter(delimiter)) return null;
	let end = quoted + 5;
	if (quoted && body[end++] !== '"') return null;
	while (body[end] === delimiter || body[end] === ' ') end += 1;
	if (end === body.length) return { delimiter, tableStart: text.length };
	if (body[end] === '\r') end += body[end + 1] === '\n' ? 2 : 1;
	else if (body[end] === '\n') end += 1;
	else return null;
	return { delimiter, tableStart: offset + end };
}

/** A tab or ASCII punctuation other than the quote: what a spreadsheet can separate values with. */
function isDelimiter(character: string): boolean {
	const code = character.charCodeAt(0);
	return (
		character.length === 1 &&
		(code === 9 || (code > 32 && code < 127 && character !== '"' && !/[a-z0-9]/i.test(character)))
	);
}

/**
 * The table without a `sep=` line or a title line above its header, the delimiter to read it
 * with (the declared one first), and how many lines came before it.
 */
export function tableText(text: string, delimiter: string) {
	const declared = separatorLine(text);
	const after = declared ? text.slice(declared.tableStart) : stripBom(text);
	const used = declared?.delimiter ?? delimiter;
	const titled = titleLineEnd(after, used);
	return {
		table: titled ? after.slice(titled) : after,
		delimiter: used,
		skippedLines: (declared ? 1 : 0) + (titled ? 1 : 0)
	};
}

/**
 * Where the table starts after a line above its header that is no header: a report's title
 * (`Incident report, exported 5 March 2024`), alone in its line or padded with delimiters, or a
 * blank line, above a line of two or more names. 0 when the first line is the header.
 */
export function titleLineEnd(text: string, delimiter: string): number {
	const first = firstLine(text);
	if (first.length === text.length) return 0;
	const start = first.length + (text.startsWith('\r\n', first.length) ? 2 : 1);
	const second = firstLine(text.slice(start, start + SECOND_LINE_LIMIT));
	const named = (line: string) =>
		(dsvFormat(delimiter).parseRows(line)[0] ?? []).filter((cell) => cell.trim() !== '').length;
	return named(first) <= 1 && named(second) >= 2 ? start : 0;
}

/** Longer than any header: a second line is looked for this far, so no text is read twice. */
const SECOND_LINE_LIMIT = 100_000;

/** The normalised names in the first line of delimited text (after a `sep=` line). */
export function headerColumns(text: string, delimiter: string): string[] {
	const { table, delimiter: declared } = tableText(text, delimiter);
	return (dsvFormat(declared).parseRows(firstLine(table))[0] ?? []).map(normaliseColumn);
}

/**
 * A file problem for each column name written more than once (`date`, `Date`): `readCsv` gives
 * each row the first of them that is not empty, which the author should know.
 */
export function repeatedColumns(columns: string[]): Problem[] {
	const seen = new Set<string>();
	const repeated = new Set<string>();
	for (const column of columns) {
		if (column && seen.has(column)) repeated.add(column);
		seen.add(column);
	}
	return [...repeated].map((column) => ({
		row: 'file',
		field: '',
		message: `has more than one column named "${column}": each row reads the first of them that is not empty`,
		severity: 'warning'
	}));
}

/** The text up to its first line break, found by one search (no split of the whole text). */
export function firstLine(text: string): string {
	const end = text.search(/[\r\n]/);
	return end === -1 ? text : text.slice(0, end);
}

/**
 * Reads delimited text with d3-dsv, remembering the line where each record starts so that a
 * problem can say "line 14". Blank lines are skipped. A `sep=` line is skipped and its delimiter
 * used, whatever `delimiter` says: the file's own declaration is the surest. It uses `parseRows`,
 * not `csvParse`, whose row converter is compiled with `new Function`, which the app's CSP (no
 * unsafe-eval) forbids.
 */
export function readCsv(text: string, delimiter = ','): CsvTable {
	const read = tableText(text, delimiter);
	const [header = [], ...records] = dsvFormat(read.delimiter).parseRows(read.table);
	const columns = header.map(normaliseColumn);
	const rows: CsvRow[] = [];
	let line = read.skippedLines + 1 + 1 + lineBreaks(header);
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
