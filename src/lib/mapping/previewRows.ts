import { mapColumns, type CellProblem, type ColumnMapping } from '$lib/data/importers/mapColumns';
import { normaliseColumn } from '$lib/data/importers/readCsv';
import { dateColumnReader } from '$lib/data/importers/dateColumnReader';
import type { TableSample } from '$lib/data/importers/sampleTable';

export interface PreviewRow {
	/**
	 * The date in the data format, at its time of day when one can be placed, or null when the
	 * cell is not a date in the chosen form.
	 */
	date: string | null;
	/** The date cell as written. */
	written: string;
	title: string;
	place: string;
}

/** How many of the sampled rows the preview shows. */
export const PREVIEW_ROWS = 5;

/**
 * The first sampled rows as the mapping will read them, so the author sees a wrong date form or title
 * before applying; or the mapping's problems.
 */
export function previewRows(table: TableSample, mapping: ColumnMapping) {
	const dateColumn = normaliseColumn(mapping.date.column);
	// The column as a whole decides how its cells read, as it will when the table is applied.
	const readDate = dateColumnReader(
		table.rows.map((values) => values[dateColumn] ?? ''),
		mapping.date.form
	);
	const mapped = mapColumns(table.headers, mapping, readDate);
	if (!mapped.ok) return mapped;
	let unplacedTimes = false;
	const rows: PreviewRow[] = table.rows.slice(0, PREVIEW_ROWS).map((values) => {
		const problems: CellProblem[] = [];
		const row = mapped.toRow(values, problems);
		unplacedTimes ||= problems.some(({ dropped }) => dropped === 'no-offset');
		const written = (values[dateColumn] ?? '').trim();
		const place = row.place || (row.lat && row.lon ? `${row.lat}, ${row.lon}` : '');
		return { date: row.date || null, written, title: row.title, place };
	});
	// Whether any shown row has a time of day with no offset to place it in (its day is kept).
	return { ok: true as const, rows, unplacedTimes };
}
