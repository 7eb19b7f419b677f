import type { ParseResult, Problem } from '../model';
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
	return { dataset, problems: withCellProblems(result.problems, remapped.problems) };
}

/**
 * The importer's problems with the mapping's own, in line order. A date the mapping could not
 * read reached the importer empty: its "is missing" gives way to the mapping's reason.
 */
function withCellProblems(imported: Problem[], cells: Problem[]): Problem[] {
	if (!cells.length) return imported;
	const unreadDates = new Set(
		cells
			.filter(({ field, severity }) => field === 'date' && severity === 'error')
			.map(({ row }) => row)
	);
	const kept = imported.filter(({ row, field }) => !(field === 'date' && unreadDates.has(row)));
	// The mapping's problems with the whole table (repeated columns, times with no offset) come first.
	const onLines = cells.filter(({ row }) => lineOf(row) !== undefined);
	const merged = cells.filter(({ row }) => lineOf(row) === undefined);
	let next = 0;
	let at = -1;
	for (const problem of kept) {
		// Problems not on a line (the file's, a place's) stay where the importer put them.
		at = lineOf(problem.row) ?? at;
		while (next < onLines.length && lineOf(onLines[next].row)! < at) merged.push(onLines[next++]);
		merged.push(problem);
	}
	return merged.concat(onLines.slice(next));
}

function lineOf(row: string): number | undefined {
	const match = /^line (\d+)$/.exec(row);
	return match ? Number(match[1]) : undefined;
}
