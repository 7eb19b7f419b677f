import { toIsoString } from '$lib/time/calendarDate';
import type { Dataset, Problem } from '$lib/data/model';
import type { ColumnMapping } from '$lib/data/schema';
import type { TableSample } from '$lib/data/importers/sampleTable';
import { detectSafely } from '$lib/data/importers/importText';
import { importInBackground } from '$lib/data/importInBackground';
import type { Row } from './columns';

/** The file being edited: the format's own object, rows kept as written even when invalid. */
export type EditableFile = Readonly<Record<string, unknown>> & {
	readonly events: readonly Row[];
	readonly places: readonly Row[];
};

export function newStory(title: string): EditableFile {
	return { version: 1, title, places: [], events: [] };
}

const rowsOf = (value: unknown): Row[] =>
	Array.isArray(value)
		? value.map((row) => (row && typeof row === 'object' ? row : { value: row }))
		: [];

/**
 * The text of any file Chronomap reads, made editable. Chronomap JSON is kept as written, with
 * every row (a bad row stays so that its cell can be fixed); other formats go through their
 * importer and come back as Chronomap JSON. A table of unknown columns comes back as its
 * `table` sample, to be mapped and read again with `mapping`.
 */
export async function editableFromText(
	text: string,
	name: string,
	mapping?: ColumnMapping
): Promise<{ file: EditableFile | null; problems: Problem[]; table?: TableSample }> {
	const detected = detectSafely(text);
	if (detected.format === 'chronomap') {
		const json = detected.json;
		if (json && typeof json === 'object' && !Array.isArray(json)) {
			const record = json as Record<string, unknown>;
			return {
				file: { ...record, events: rowsOf(record.events), places: rowsOf(record.places) },
				problems: []
			};
		}
	}
	const result = await importInBackground(text, { name, mapping });
	return {
		file: result.dataset ? datasetToFile(result.dataset) : null,
		problems: result.problems,
		...(result.table ? { table: result.table } : {})
	};
}

/** A parsed dataset (from CSV, TimelineJS, GeoJSON…) written back as Chronomap JSON rows. */
export function datasetToFile(dataset: Dataset): EditableFile {
	const iso = (date: Parameters<typeof toIsoString>[0] | undefined) =>
		date ? toIsoString(date) : undefined;
	return {
		version: 1,
		title: dataset.title,
		description: dataset.description,
		source: dataset.source,
		focus: dataset.focus,
		license: dataset.license,
		corrections: dataset.corrections,
		categories: dataset.categories?.map((category) => ({ ...category })),
		columnMapping: dataset.columnMapping,
		places: dataset.places.map((place) => ({ ...place })),
		events: dataset.events.map((event) => ({
			id: event.id,
			date: toIsoString(event.date),
			end: iso(event.end),
			notAfter: iso(event.notAfter),
			approximate: event.approximate,
			kind: event.kind,
			actor: event.actor,
			category: event.category,
			tags: event.tags,
			places: event.places,
			title: event.title,
			quote: event.quote,
			note: event.note,
			source: event.source,
			sources: event.sources,
			verified: event.verified,
			media: event.media,
			layer: event.layer
		})),
		eras: dataset.eras.map((era) => ({
			id: era.id,
			title: era.title,
			date: toIsoString(era.date),
			end: toIsoString(era.end)
		}))
	};
}

/** Fields of the file that the grids and the title fields do not edit: the JSON panel's. */
export const GRID_KEYS = ['version', 'title', 'description', 'events', 'places'];

export function otherParts(record: Readonly<Record<string, unknown>>, keys: readonly string[]) {
	return Object.fromEntries(
		Object.entries(record).filter(([key, value]) => !keys.includes(key) && value !== undefined)
	);
}
