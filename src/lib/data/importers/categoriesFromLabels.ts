import type { RowInput } from './finishImport';
import { uniqueSlug } from './slugify';

/**
 * Formats without a category table (CSV, GeoJSON, TimelineJS groups) name a category by its
 * label on each row: this makes one category per distinct label, in order of first use, with an
 * id slugged from it, and points the rows at those ids. Returns rows unchanged when none has one.
 */
export function categoriesFromLabels(rows: readonly RowInput[]): {
	rows: RowInput[];
	categories: { id: string; label: string }[];
} {
	const idOf = new Map<string, string>();
	const used = new Set<string>();
	const categories: { id: string; label: string }[] = [];
	const out = rows.map((row) => {
		// Anything but text is left for the schema to refuse; blank text means "no category".
		if (typeof row.category !== 'string') return row;
		if (row.category.trim() === '') return { ...row, category: undefined };
		const label = row.category.trim();
		let id = idOf.get(label);
		if (id === undefined) {
			id = uniqueSlug(label, `category-${categories.length + 1}`, used);
			idOf.set(label, id);
			categories.push({ id, label });
		}
		return { ...row, category: id };
	});
	return { rows: out, categories };
}

/**
 * Tags written in one cell, separated by semicolons (`navy; ports`): commas stay inside a tag,
 * as in "Food, water". A list (GeoJSON) is kept as it is.
 */
export function splitTags(value: unknown): unknown {
	if (typeof value !== 'string') return value ?? undefined;
	const tags = value
		.split(';')
		.map((tag) => tag.trim())
		.filter(Boolean);
	return tags.length > 0 ? tags : undefined;
}
