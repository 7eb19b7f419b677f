/** Characters a spreadsheet reads as the start of a formula (or that hide one) at a cell's start. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A neutralised cell starts with this apostrophe, which importers drop again (see readCsvText). */
export const NEUTRALISER = "'";

/**
 * One CSV cell. Text is always quoted, and text that starts like a formula gets a leading
 * apostrophe, so a spreadsheet shows it instead of running it. Numbers (a negative longitude)
 * are written as numbers, unquoted, and stay numbers in the spreadsheet.
 */
export function csvCell(value: string | number | undefined): string {
	if (value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	const text = FORMULA_START.test(value) ? NEUTRALISER + value : value;
	return `"${text.replaceAll('"', '""')}"`;
}

/** Undoes csvCell's neutralising on a cell read back, so a round trip keeps the text as it was. */
export function readCsvText(value: string): string {
	return value.startsWith(NEUTRALISER) && FORMULA_START.test(value.slice(1))
		? value.slice(1)
		: value;
}
