import { detectFormat, type DataFormat } from '../detectFormat';
import type { ParseResult, Problem } from '../model';
import { parseDataset } from '../parseDataset';
import { importCsv } from './importCsv';
import { importGeoJson } from './importGeoJson';
import { importTimelineCsv } from './importTimelineCsv';
import { importTimelineJson } from './importTimelineJson';

export interface ImportResult extends ParseResult {
	/** The format the content was read as, or null when it was not recognised. */
	format: DataFormat | null;
}

export interface ImportOptions {
	/** The file's name, used as the title when the data has none. */
	name?: string;
}

/**
 * Reads a dataset in any supported format, told from its content. It never throws, and a file
 * whose every event has an error is a failure, so every caller can show a dataset or a reason.
 * A file with no events at all is still a dataset, which the app shows as empty.
 */
export function importDataset(text: string, options: ImportOptions = {}): ImportResult {
	const title =
		options.name
			?.split(/[\\/]/)
			.pop()
			?.replace(/\.[^.]*$/, '') || undefined;
	let result: ImportResult;
	try {
		result = read(text, title);
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		return {
			format: null,
			dataset: null,
			problems: [fileProblem(`could not be read (${detail})`)]
		};
	}
	const failed = result.problems.some((problem) => problem.severity === 'error');
	if (result.dataset && result.dataset.events.length === 0 && failed) {
		const problems = [fileProblem('has no valid events'), ...result.problems];
		return { ...result, dataset: null, problems };
	}
	return result;
}

function read(text: string, title: string | undefined): ImportResult {
	const detected = detectFormat(text);
	switch (detected.format) {
		case null:
			return { format: null, dataset: null, problems: [fileProblem(detected.reason)] };
		case 'chronomap':
			return { format: 'chronomap', ...parseDataset(detected.json) };
		case 'timelinejs-json':
			return { format: 'timelinejs-json', ...importTimelineJson(detected.json, { title }) };
		case 'geojson':
			return { format: 'geojson', ...importGeoJson(detected.json, { title }) };
		case 'csv':
			return { format: 'csv', ...importCsv(text, { delimiter: detected.delimiter, title }) };
		case 'timelinejs-csv':
			return {
				format: 'timelinejs-csv',
				...importTimelineCsv(text, { delimiter: detected.delimiter, title })
			};
	}
}

function fileProblem(message: string): Problem {
	return { row: 'file', field: '', message, severity: 'error' };
}
