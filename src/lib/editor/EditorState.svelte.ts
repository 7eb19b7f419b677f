import { createContext } from 'svelte';
import { parseTsv } from './tsv';
import { record, redo, startHistory, undo, type History } from './history';
import { withCell, type Column, type Row } from './columns';
import { deleteRow, duplicateRow, insertRows, nextId, rowsFromTable, sortByDate } from './rows';
import { newStory, type EditableFile } from './editableFile';
import type { TableName } from './problemCells';

const PREFIX: Record<TableName, string> = { events: 'event', places: 'place' };

/**
 * The dataset being edited, with undo and redo. Every change replaces the file with a new
 * object, so the history holds snapshots that share what did not change.
 */
export class EditorState {
	#history = $state.raw<History<EditableFile>>(startHistory(newStory('')));
	/** True once a file, a new story or restored work is open. */
	opened = $state(false);

	get file(): EditableFile {
		return this.#history.present;
	}
	get canUndo() {
		return this.#history.past.length > 0;
	}
	get canRedo() {
		return this.#history.future.length > 0;
	}

	/** Starts editing a file: what was open before cannot be undone back to. */
	open(file: EditableFile) {
		this.#history = startHistory(file);
		this.opened = true;
	}

	change(next: EditableFile) {
		this.#history = record(this.#history, next);
	}

	undo() {
		this.#history = undo(this.#history);
	}
	redo() {
		this.#history = redo(this.#history);
	}

	setField(key: string, value: string | undefined) {
		const next: Record<string, unknown> = { ...this.file };
		if (value === undefined) delete next[key];
		else next[key] = value;
		this.change(next as EditableFile);
	}

	/** Replaces every field but the grids' and the title's with those of `parts`. */
	setParts(parts: Record<string, unknown>, kept: readonly string[]) {
		const next: Record<string, unknown> = {};
		for (const key of kept) if (key in this.file) next[key] = this.file[key];
		this.change({ ...parts, ...next } as EditableFile);
	}

	setRows(table: TableName, rows: readonly Row[]) {
		this.change({ ...this.file, [table]: rows });
	}

	setCell(table: TableName, index: number, column: Column, text: string) {
		const row = this.file[table][index];
		if (!row) return;
		const next = withCell(row, column, text);
		if (JSON.stringify(next) === JSON.stringify(row)) return;
		this.setRows(
			table,
			this.file[table].map((other, at) => (at === index ? next : other))
		);
	}

	/** Replaces one row's fields outside the grid (media, source…) and keeps its grid cells. */
	setRowExtras(
		table: TableName,
		index: number,
		extras: Record<string, unknown>,
		columns: readonly Column[]
	) {
		const row = this.file[table][index];
		if (!row) return;
		const kept = Object.fromEntries(
			columns.filter((c) => c.key in row).map((c) => [c.key, row[c.key]])
		);
		this.setRows(
			table,
			this.file[table].map((other, at) => (at === index ? { ...kept, ...extras, ...kept } : other))
		);
	}

	/** Adds an empty row (with a free id) at `at`; returns where it went. */
	addRow(table: TableName, at: number, fields: Record<string, unknown> = {}): number {
		const rows = this.file[table];
		const index = Math.max(0, Math.min(at, rows.length));
		const row = { id: nextId(PREFIX[table], rows), ...fields };
		this.setRows(table, insertRows(rows, index, [row]));
		return index;
	}

	deleteRow(table: TableName, index: number) {
		this.setRows(table, deleteRow(this.file[table], index));
	}

	duplicateRow(table: TableName, index: number) {
		this.setRows(table, duplicateRow(this.file[table], index));
	}

	/** Pastes spreadsheet rows below `at`; returns how many were added. */
	pasteRows(table: TableName, at: number, text: string, columns: readonly Column[]): number {
		const rows = this.file[table];
		const added = rowsFromTable(parseTsv(text), columns, rows, PREFIX[table]);
		if (added.length > 0) this.setRows(table, insertRows(rows, at, added));
		return added.length;
	}

	sortByDate() {
		this.setRows('events', sortByDate(this.file.events));
	}
}

export const [getEditorState, setEditorState] = createContext<EditorState>();
