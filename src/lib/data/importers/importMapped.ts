import type { ParseResult } from '../model';
import type { ColumnMapping } from '../schema';
import { importCsvTable } from './importCsv';
import { describeMappingProblem, remapTable } from './mapColumns';
import type { LookupPlace } from './placeByName';

/**
 * Reads any table through the author's column mapping: its rows turned into Chronomap CSV rows,
 * read by the CSV importer (problems name the table's own lines), and the mapping kept in the
 * dataset so that an export carries it to the next import.
 */
export function importMapped(
	text: string,
	mapping: ColumnMapping,
	options: { delimiter?: string; title?: string; lookupPlace?: LookupPlace } = {}
): ParseResult {
	const remapped = remapTable(text, mapping, options.delimiter);
	if (!remapped.ok) {
		return {
			dataset: null,
			problems: remapped.problems.map((problem) => ({
				row: 'file',
				field: `columnMapping.${problem.field}`,
				message: describeMappingProblem(problem),
				severity: 'error'
			}))
		};
	}
	const result = importCsvTable(remapped.table, {
		title: options.title,
		lookupPlace: options.lookupPlace
	});
	const dataset = result.dataset && { ...result.dataset, columnMapping: mapping };
	return { dataset, problems: result.problems };
}
