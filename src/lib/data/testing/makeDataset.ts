import { parseDataset } from '../parseDataset';
import type { Dataset } from '../model';
import type { DatasetFile } from '../schema';

/** Builds a parsed dataset from a short description, for tests; fails loudly on any problem. */
export function makeDataset(
	events: DatasetFile['events'],
	places: DatasetFile['places'] = []
): Dataset {
	const { dataset, problems } = parseDataset({ version: 1, title: 'Test', places, events });
	if (!dataset || problems.length > 0) throw new Error(JSON.stringify(problems));
	return dataset;
}
