import { compareCalendarDates, parseCalendarDate } from '$lib/time/calendarDate';
import { cellText, withCell, type Column, type Row } from './columns';

/** The first `prefix-N` not yet used as an id, so a new row never repeats one. */
export function nextId(prefix: string, rows: readonly Row[]): string {
	const used = new Set(rows.map((row) => row.id));
	let n = rows.length + 1;
	while (used.has(`${prefix}-${n}`)) n += 1;
	return `${prefix}-${n}`;
}

/** `id`, or `id-2`, `id-3`… when it is taken. */
export function freeId(id: string, rows: readonly Row[]): string {
	const used = new Set(rows.map((row) => row.id));
	if (!used.has(id)) return id;
	let n = 2;
	while (used.has(`${id}-${n}`)) n += 1;
	return `${id}-${n}`;
}

export function insertRows(rows: readonly Row[], at: number, added: readonly Row[]): Row[] {
	const index = Math.max(0, Math.min(at, rows.length));
	return [...rows.slice(0, index), ...added, ...rows.slice(index)];
}

export function deleteRow(rows: readonly Row[], index: number): Row[] {
	return rows.filter((_, other) => other !== index);
}

/** A copy of the row just below it, under a free id. */
export function duplicateRow(rows: readonly Row[], index: number): Row[] {
	const row = rows[index];
	if (!row) return [...rows];
	const copy = { ...structuredClone(row), id: freeId(String(row.id ?? 'row'), rows) };
	return insertRows(rows, index + 1, [copy]);
}

/**
 * Events in date order as the app orders them (the wider date first on a day); rows whose date
 * does not read yet keep their order after the others, so nothing typed is lost.
 */
export function sortByDate(events: readonly Row[]): Row[] {
	const keyed = events.map((row, index) => ({ row, index, parsed: parseCalendarDate(row.date) }));
	keyed.sort((a, b) => {
		if (!a.parsed.ok || !b.parsed.ok)
			return Number(!a.parsed.ok) - Number(!b.parsed.ok) || a.index - b.index;
		return compareCalendarDates(a.parsed.date, b.parsed.date) || a.index - b.index;
	});
	return keyed.map(({ row }) => row);
}

/** Rows as a spreadsheet would paste them: the column names first, then one line a row. */
export function rowsToTable(rows: readonly Row[], columns: readonly Column[]): string[][] {
	return [
		columns.map((column) => column.key),
		...rows.map((row) => columns.map((column) => cellText(row, column)))
	];
}

/**
 * Rows read from pasted cells. A first line naming columns maps them by name (in any order,
 * unknown names skipped); without one the cells follow the grid's columns from the first.
 * Ids are made free so pasted rows never replace existing ones.
 */
export function rowsFromTable(
	table: readonly (readonly string[])[],
	columns: readonly Column[],
	existing: readonly Row[],
	prefix: string
): Row[] {
	const header = table[0]?.map((name) => name.trim().toLowerCase()) ?? [];
	const named = header.some((name) => columns.some((column) => column.key.toLowerCase() === name));
	const order = named
		? header.map((name) => columns.find((column) => column.key.toLowerCase() === name))
		: columns;
	const added: Row[] = [];
	for (const cells of named ? table.slice(1) : table) {
		if (cells.every((cell) => cell.trim() === '')) continue;
		let row: Row = {};
		cells.forEach((cell, index) => {
			const column = order[index];
			if (column) row = withCell(row, column, cell);
		});
		const all = [...existing, ...added];
		const id =
			typeof row.id === 'string' && row.id !== '' ? freeId(row.id, all) : nextId(prefix, all);
		added.push({ ...row, id });
	}
	return added;
}
