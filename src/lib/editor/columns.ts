import { EVENT_KINDS, PLACE_KINDS } from '$lib/data/schema';

/** A row as it is being edited: the file's own object, which may not be valid yet. */
export type Row = Readonly<Record<string, unknown>>;

export type ColumnKind = 'text' | 'long' | 'number' | 'select' | 'list' | 'sources';

/** A grid column: a field of the data format and how its cell is written and read. */
export interface Column {
	key: string;
	kind: ColumnKind;
	options?: readonly string[];
	/** Kept as an empty text when cleared, so the parser names it, instead of being left out. */
	required?: boolean;
}

export const EVENT_COLUMNS: readonly Column[] = [
	{ key: 'id', kind: 'text', required: true },
	{ key: 'date', kind: 'text', required: true },
	{ key: 'end', kind: 'text' },
	{ key: 'kind', kind: 'select', options: EVENT_KINDS },
	{ key: 'actor', kind: 'text' },
	{ key: 'places', kind: 'list' },
	{ key: 'title', kind: 'long', required: true },
	{ key: 'quote', kind: 'long' },
	{ key: 'note', kind: 'long' },
	{ key: 'sources', kind: 'sources' }
];

export const PLACE_COLUMNS: readonly Column[] = [
	{ key: 'id', kind: 'text', required: true },
	{ key: 'name', kind: 'text', required: true },
	{ key: 'lat', kind: 'number', required: true },
	{ key: 'lon', kind: 'number', required: true },
	{ key: 'kind', kind: 'select', options: PLACE_KINDS },
	{ key: 'note', kind: 'long' }
];

type Source = { title?: unknown; url?: unknown };
const SOURCE_SEPARATOR = ' | ';

/** What a cell shows and its editor starts from. */
export function cellText(row: Row, column: Column): string {
	const value = row[column.key];
	if (value === undefined || value === null) return '';
	if (column.kind === 'list' && Array.isArray(value)) return value.join(', ');
	if (column.kind === 'sources' && Array.isArray(value)) {
		return value
			.map((source: Source) =>
				source?.url
					? `${source.title ?? ''}${SOURCE_SEPARATOR}${source.url}`
					: `${source?.title ?? ''}`
			)
			.join('\n');
	}
	return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The row with one cell set from typed text. Text that is not valid for the field is kept as
 * typed (a latitude "north" stays text) so the loader's own check names the problem.
 */
export function withCell(row: Row, column: Column, text: string): Row {
	const next: Record<string, unknown> = { ...row };
	const value = readCell(row, column, text);
	if (value === undefined) delete next[column.key];
	else next[column.key] = value;
	return next;
}

function readCell(row: Row, column: Column, text: string): unknown {
	const trimmed = text.trim();
	if (trimmed === '') return column.required ? '' : undefined;
	switch (column.kind) {
		case 'number': {
			const number = Number(trimmed);
			return /^[-+]?(\d|\.\d)/.test(trimmed) && Number.isFinite(number) ? number : text;
		}
		case 'list':
			return trimmed
				.split(/[,;]/)
				.map((item) => item.trim())
				.filter((item) => item !== '');
		case 'sources':
			return readSources(row[column.key], trimmed);
		default:
			return column.kind === 'long' ? text : trimmed;
	}
}

/** One source a line, "title | address"; a line that names a source already there keeps its other fields. */
function readSources(current: unknown, text: string): Source[] {
	const before = Array.isArray(current) ? (current as Source[]) : [];
	return text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '')
		.map((line) => {
			const cut = line.lastIndexOf(SOURCE_SEPARATOR.trim());
			const title = (cut === -1 ? line : line.slice(0, cut)).trim();
			const url = cut === -1 ? undefined : line.slice(cut + 1).trim() || undefined;
			const kept = before.find((source) => source?.title === title && source?.url === url);
			return kept ?? (url === undefined ? { title } : { title, url });
		});
}
