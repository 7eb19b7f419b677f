import type { DatasetFile } from '$lib/data/schema';

/** Keys in the order the data format documents them; any other key follows, alphabetically. */
const ORDER: Record<string, readonly string[]> = {
	dataset: [
		'version',
		'title',
		'description',
		'source',
		'updated',
		'changes',
		'license',
		'corrections',
		'focus',
		'displayOffset',
		'memberships',
		'layers',
		'places',
		'events',
		'eras',
		'story'
	],
	place: ['id', 'name', 'lat', 'lon', 'kind', 'note'],
	event: [
		'id',
		'date',
		'end',
		'notAfter',
		'approximate',
		'kind',
		'actor',
		'places',
		'title',
		'quote',
		'note',
		'source',
		'sources',
		'verified',
		'media',
		'layer'
	],
	source: ['title', 'author', 'publisher', 'published', 'url', 'accessed', 'archiveUrl'],
	era: ['id', 'title', 'date', 'end'],
	focus: ['west', 'south', 'east', 'north']
};

/** Which key order an object under `key` (in a parent of `kind`) follows. */
function childKind(parent: string, key: string): string {
	if (parent === 'dataset') {
		if (key === 'places') return 'place';
		if (key === 'events') return 'event';
		if (key === 'eras') return 'era';
		if (key === 'source') return 'source';
		if (key === 'focus') return 'focus';
	}
	if (parent === 'event' && (key === 'source' || key === 'sources')) return 'source';
	return 'other';
}

function ordered(value: unknown, kind: string): unknown {
	if (Array.isArray(value)) return value.map((item) => ordered(item, kind));
	if (!value || typeof value !== 'object') return value;
	const record = value as Record<string, unknown>;
	const known = ORDER[kind] ?? [];
	const rest = Object.keys(record)
		.filter((key) => !known.includes(key))
		.sort();
	const result: Record<string, unknown> = {};
	for (const key of [...known, ...rest]) {
		if (!(key in record) || record[key] === undefined) continue;
		result[key] = ordered(record[key], childKind(kind, key));
	}
	return result;
}

/**
 * The dataset with its keys in one fixed order (documented fields first, then the rest by
 * name) and undefined fields left out, so two exports of similar data differ only where the
 * data does. Arrays keep their order: it is the author's.
 */
export function stableDataset(file: DatasetFile): DatasetFile {
	return ordered(file, 'dataset') as DatasetFile;
}

/** The file as Export JSON writes it: stable keys, tab-free two-space indent, a final newline. */
export function formatDataset(file: DatasetFile): string {
	return `${JSON.stringify(stableDataset(file), null, 2)}\n`;
}
