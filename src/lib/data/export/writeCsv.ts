import { csvCell } from './csvCell';

/**
 * Writes a table as CSV that spreadsheets open cleanly: UTF-8 byte order mark (so Excel reads
 * accents), CRLF line ends, every text cell quoted and neutralised against formulas. The one CSV
 * writer of Chronomap: "Get the data" and the editor's Export CSV both use it.
 */
export function writeCsv(
	columns: readonly string[],
	rows: Iterable<readonly (string | number | undefined)[]>
): string {
	const lines = [columns.map(csvCell).join(',')];
	for (const row of rows) lines.push(row.map(csvCell).join(','));
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
