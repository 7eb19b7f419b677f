import * as v from 'valibot';
import { ColumnMappingSchema, type ColumnMapping } from '$lib/data/schema';
import { mapColumns } from '$lib/data/importers/mapColumns';

/**
 * The column mapping saved in an open story (its `columnMapping`), when it fits a new table's
 * header: the same kind of table then opens pre-filled the same way. Anything else is ignored.
 */
export function savedMappingFor(
	file: Readonly<Record<string, unknown>> | null,
	headers: string[]
): ColumnMapping | undefined {
	const saved = v.safeParse(ColumnMappingSchema, file?.columnMapping);
	if (!saved.success) return undefined;
	return mapColumns(headers, saved.output).ok ? saved.output : undefined;
}
