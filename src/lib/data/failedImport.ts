import type { ImportResult } from './importers/importText';
import { fileProblem } from './fileProblem';

/** A file that could not be read at all: no format, no dataset, and why, as one file problem. */
export function failedImport(message: string): ImportResult {
	return {
		format: null,
		dataset: null,
		problems: [fileProblem(message)]
	};
}
