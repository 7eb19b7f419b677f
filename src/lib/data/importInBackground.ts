import { importDataset, type ImportOptions, type ImportResult } from './importers/importDataset';

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
		return Promise.resolve(importDataset(text, options));
	}
	let worker: Worker;
	try {
		worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return Promise.resolve(importDataset(text, options));
	}
	return new Promise((resolve) => {
		const finish = (result: ImportResult) => {
			worker.terminate();
			resolve(result);
		};
		worker.onmessage = (event: MessageEvent<ImportResult>) => finish(event.data);
		worker.onerror = (event) => {
			event.preventDefault();
			finish(importDataset(text, options));
		};
		worker.onmessageerror = () => finish(importDataset(text, options));
		worker.postMessage({ text, options });
	});
}
