import { detectSafely, importText, type ImportOptions, type ImportResult } from './importText';
import type { LookupPlace } from './placeByName';
import { readForeign } from './readForeign';

export type { ImportOptions, ImportResult } from './importText';

/**
 * Reads a dataset in any supported format, told from its content, with every importer at hand
 * (the worker and the command line). It never throws; see `importText`.
 */
export function importDataset(
	text: string,
	options: ImportOptions = {},
	lookupPlace?: LookupPlace
): ImportResult {
	return importText(text, detectSafely(text), options, readForeign, lookupPlace);
}
