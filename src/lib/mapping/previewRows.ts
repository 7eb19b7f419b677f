import { mapColumns, type ColumnMapping } from '$lib/data/importers/mapColumns';
import { normaliseColumn } from '$lib/data/importers/readCsv';
import { dateColumnReader } from '$lib/data/importers/dateColumnReader';
import type { TableSample } from '$lib/data/importers/sampleTable';

export interface PreviewRow {
	/** The date in the data format, or null when the cell is not a date in the chosen form. */
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
	const rows: PreviewRow[] = table.rows.slice(0, PREVIEW_ROWS).map((values) => {
		const row = mapped.toRow(values);
		const written = (values[dateColumn] ?? '').trim();
		const date = readDate(written);
		const place = row.place || (row.lat && row.lon ? `${row.lat}, ${row.lon}` : '');
		return { date: date.ok ? date.date : null, written, title: row.title, place };
	});
	return { ok: true as const, rows };
}
