import { detectSafely, importText, type ImportResult } from '../importers/importText';

/** A Chronomap file of `count` events at one place, read as an import reads it, for tests. */
export function importedEvents(count: number): ImportResult {
	const text = JSON.stringify({
		version: 1,
		title: 'Parts',
		places: [{ id: 'p', name: 'P', lat: 1, lon: 2 }],
		events: Array.from({ length: count }, (_, at) => ({
			id: `e${at}`,
			title: `Event ${at}`,
			date: `20${String(10 + (at % 80)).padStart(2, '0')}-0${1 + (at % 9)}`,
			places: ['p']
		}))
	});
	return importText(text, detectSafely(text), {});
}
