import {
	detectSafely,
	importText,
	needsForeignReader,
	type ForeignReader,
	type ImportOptions,
	type ImportResult
} from './importers/importText';

/** Above this many characters, parsing moves to a worker so the page stays responsive. */
export const WORKER_THRESHOLD = 1_000_000;

/**
 * Imports in a Web Worker for large texts; small texts, and pages where a worker cannot start
 * (no Worker, or a content policy forbids it), are parsed on the main thread instead.
 */
export function importInBackground(
	text: string,
	options: ImportOptions = {}
): Promise<ImportResult> {
	if (text.length < WORKER_THRESHOLD || typeof Worker === 'undefined') {
		return importHere(text, options);
	}
	let worker: Worker;
	try {
		worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return importHere(text, options);
	}
	return new Promise((resolve) => {
		const finish = (result: ImportResult) => {
			worker.terminate();
			resolve(result);
		};
		worker.onmessage = (event: MessageEvent<ImportResult>) => finish(event.data);
		worker.onerror = (event) => {
			event.preventDefault();
			void importHere(text, options).then(finish);
		};
		worker.onmessageerror = () => void importHere(text, options).then(finish);
		worker.postMessage({ text, options });
	});
}

/**
 * Imports on the main thread. Chronomap's own JSON needs nothing more; the CSV, TimelineJS and
 * GeoJSON importers are fetched only when content needs them, so the first view stays small.
 */
async function importHere(text: string, options: ImportOptions): Promise<ImportResult> {
	const detected = detectSafely(text);
	let readForeign: ForeignReader | undefined;
	if (needsForeignReader(detected)) {
		// A failed download leaves it undefined, and importText says the importer did not load.
		readForeign = await import('./importers/readForeign').then(
			(module) => module.readForeign,
			() => undefined
		);
	}
	return importText(text, detected, options, readForeign);
}
