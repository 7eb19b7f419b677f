import type { Problem } from '$lib/data/model';
import type { Column, Row } from './columns';

export type TableName = 'events' | 'places';

/** Where a problem shows in the grids: a table, a row by position and a column. */
export interface CellAt {
	table: TableName;
	index: number;
	column: string;
}

const ROW = /^(event|place) (?:"(.*)"|#(\d+))$/s;

/**
 * The cell a problem of the loader names, read from its `row` (`event "id"` or `event #3`) and
 * `field` (the first part of a path such as `sources.0.title`); a field with no column of its
 * own falls back to the row's id cell. Problems of other parts (eras, layers, story, the file)
 * have no cell and give null.
 */
export function cellOfProblem(
	problem: Problem,
	rows: { events: readonly Row[]; places: readonly Row[] },
	columns: { events: readonly Column[]; places: readonly Column[] },
	index: RowIndex = indexRows(rows)
): CellAt | null {
	const match = ROW.exec(problem.row);
	if (!match) return null;
	const table: TableName = match[1] === 'event' ? 'events' : 'places';
	const list = rows[table];
	let at: number;
	// A repeated id is reported on the repeat, not on the row that had it first.
	const repeat = problem.message.startsWith('repeats');
	if (match[3] !== undefined) at = Number(match[3]) - 1;
	else if (!match[2].endsWith('…')) {
		at = index[table][repeat ? 'last' : 'first'].get(match[2]) ?? -1;
	} else {
		const cut = match[2].slice(0, -1);
		const matches = (row: Row) => typeof row.id === 'string' && row.id.startsWith(cut);
		at = repeat ? list.findLastIndex(matches) : list.findIndex(matches);
	}
	if (at < 0 || at >= list.length) return null;
	const field = problem.field.split('.')[0];
	const column = columns[table].some((other) => other.key === field) ? field : 'id';
	return { table, index: at, column };
}

type RowIndex = Record<TableName, { first: Map<string, number>; last: Map<string, number> }>;

/** Each id's first and last row, so that thousands of problems are placed without a scan each. */
function indexRows(rows: { events: readonly Row[]; places: readonly Row[] }): RowIndex {
	const index = (list: readonly Row[]) => {
		const first = new Map<string, number>();
		const last = new Map<string, number>();
		list.forEach((row, at) => {
			if (typeof row.id !== 'string') return;
			if (!first.has(row.id)) first.set(row.id, at);
			last.set(row.id, at);
		});
		return { first, last };
	};
	return { events: index(rows.events), places: index(rows.places) };
}

/** `table:index:column`, the key a grid looks its cells' problems up by. */
export const cellKey = (table: TableName, index: number, column: string) =>
	`${table}:${index}:${column}`;

/** Every problem by the cell it belongs to (the first one per cell leads), and the rest. */
export function problemsByCell(
	problems: readonly Problem[],
	rows: { events: readonly Row[]; places: readonly Row[] },
	columns: { events: readonly Column[]; places: readonly Column[] }
): { cells: Map<string, Problem[]>; located: (CellAt | null)[] } {
	const cells = new Map<string, Problem[]>();
	const index = indexRows(rows);
	const located = problems.map((problem) => {
		const at = cellOfProblem(problem, rows, columns, index);
		if (at) {
			const key = cellKey(at.table, at.index, at.column);
			cells.set(key, [...(cells.get(key) ?? []), problem]);
		}
		return at;
	});
	return { cells, located };
}
