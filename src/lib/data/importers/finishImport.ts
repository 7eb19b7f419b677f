import { rowName } from '../describeIssues';
import { parseDataset } from '../parseDataset';
import type { ParseResult, Problem } from '../model';
import { categoriesFromLabels } from './categoriesFromLabels';

/** A row as an importer builds it: still unchecked, so any field may hold anything. */
export interface RowInput {
	id?: unknown;
	[field: string]: unknown;
}

/** A row in Chronomap's shape, named the way its own file names it ("line 14", "feature #3"). */
export interface Labelled<T> {
	label: string;
	/** Where the row is in the file, to list problems in file order. */
	position: number;
	row: T;
}

/** What an importer hands over for the validation every format shares. */
export interface ImportDraft {
	title: string;
	description?: string;
	places: Labelled<RowInput>[];
	events: Labelled<RowInput>[];
	eras: Labelled<RowInput>[];
	/** Map layers, for formats that carry shapes (GeoJSON). */
	layers?: Labelled<RowInput>[];
	/** A story, for formats that carry one (StoryMapJS); checked like the dataset's own. */
	story?: { title?: string; steps: RowInput[] };
	/** The importer's own findings, already named by row label and the file's field names. */
	problems: Problem[];
	/** Chronomap field names to the file's own (`places` → `place`), for shared problems. */
	fields: Record<string, string>;
}

/**
 * Runs an imported draft through parseDataset, so every format is validated by the one schema,
 * then names each problem the way the file does and lists them in file order.
 */
export function finishImport(draft: ImportDraft): ParseResult {
	const labels = new Map<string, string>();
	const positions = new Map<string, number>([['file', -1]]);
	const shared: Problem[] = [];
	const keep = (kind: string, rows: Labelled<RowInput>[]): RowInput[] => {
		const firstLabel = new Map<string, string>();
		const kept: RowInput[] = [];
		for (const { label, position, row } of rows) {
			positions.set(label, position);
			const id = typeof row.id === 'string' ? row.id.trim() : '';
			const first = firstLabel.get(id);
			if (id && first !== undefined) {
				const message = `repeats the id "${id}" of ${first}`;
				shared.push({ row: label, field: 'id', message, severity: 'error' });
				continue;
			}
			if (id) {
				firstLabel.set(id, label);
				labels.set(`${kind} "${id}"`, label);
			}
			labels.set(rowName(kind, row, kept.length), label);
			kept.push(row);
		}
		return kept;
	};
	const { rows: events, categories } = categoriesFromLabels(keep('event', draft.events));
	const result = parseDataset({
		version: 1,
		title: draft.title.trim() || 'Events',
		description: draft.description?.trim() || undefined,
		...(categories.length > 0 ? { categories } : {}),
		places: keep('place', draft.places),
		events,
		eras: keep('era', draft.eras),
		layers: keep('layer', draft.layers ?? []),
		...(draft.story ? { story: draft.story } : {})
	});
	shared.push(...result.problems);
	const renamed = shared.map((problem) => ({
		...problem,
		row: labels.get(problem.row) ?? problem.row,
		field: fieldName(draft.fields, problem.field)
	}));
	const problems = [...draft.problems, ...renamed]
		.map((problem, index) => ({
			problem,
			index,
			at: positions.get(problem.row) ?? positionIn(problem.row)
		}))
		.sort((a, b) => a.at - b.at || a.index - b.index)
		.map(({ problem }) => problem);
	return { dataset: result.dataset, problems };
}

/** The file's name for a field: `media.caption` as itself if mapped, else by its first part. */
function fieldName(fields: Record<string, string>, field: string): string {
	const head = field.split('.')[0];
	if (Object.hasOwn(fields, field)) return fields[field];
	return Object.hasOwn(fields, head) ? fields[head] : field;
}

/** A dropped row's place in the file, read from its label ("line 14", "feature #3"); eras go last. */
function positionIn(label: string): number {
	const number = Number(/(\d+)$/.exec(label)?.[1] ?? Infinity);
	return label.startsWith('era') ? 1e9 + number : number;
}
