import type { ImportOptions, ImportResult } from './importers/importText';
import { failedImport } from './failedImport';
import { PARSER_READY } from './parserReady';
import { HandOverReceiver, isHandOverMessage } from './handOver';
import {
	newParserWorker,
	stopSpareParser,
	takeSpareParser,
	WORKER_THRESHOLD
} from './parserWorker';

export { WORKER_THRESHOLD } from './parserWorker';

/** How long a worker may parse before it is stopped and the file refused. */
export const PARSE_DEADLINE_MS = 20_000;

/**
 * Imports in a Web Worker with a deadline. A text that runs past the deadline or crashes the
 * worker (out of memory) is refused and never parsed again on the main thread, which it would
 * freeze. Only when no worker can start (no Worker, or a content policy forbids it), and so
 * before any parsing happened, is the text parsed on the main thread.
 */
export function importInBackground(
	text: string,
	options: ImportOptions = {},
	deadlineMs = PARSE_DEADLINE_MS
): Promise<ImportResult> {
	if (text.length < WORKER_THRESHOLD || typeof Worker === 'undefined') {
		stopSpareParser();
		return readHere(text, options);
	}
	const warm = takeSpareParser();
	if (warm?.failed) {
		// The worker could not start (a content policy, say): nothing was parsed, so parse here.
		warm.worker.terminate();
		return readHere(text, options);
	}
	let worker: Worker;
	try {
		worker = warm?.worker ?? newParserWorker();
	} catch {
		return readHere(text, options);
	}
	return new Promise((resolve) => {
		let started = warm?.started ?? false;
		const finish = (result: ImportResult | Promise<ImportResult>) => {
			clearTimeout(deadline);
			worker.terminate();
			resolve(result);
		};
		const seconds = Math.round(deadlineMs / 1000);
		const deadline = setTimeout(
			() => finish(tooComplex(`reading it took longer than ${seconds} seconds`)),
			deadlineMs
		);
		// The result comes in parts (handOver.ts), each read in a task of its own.
		const receiver = new HandOverReceiver();
		worker.onmessage = (event: MessageEvent<unknown>) => {
			if (event.data === PARSER_READY) started = true;
			else if (!isHandOverMessage(event.data)) finish(tooComplex('its result was not understood'));
			else {
				try {
					const result = receiver.take(event.data);
					if (result) finish(result);
				} catch {
					finish(tooComplex('its result could not be passed on'));
				}
			}
		};
		worker.onerror = (event) => {
			event.preventDefault();
			finish(started ? tooComplex('reading it ran out of memory') : readHere(text, options));
		};
		worker.onmessageerror = () => finish(tooComplex('its result could not be passed on'));
		worker.postMessage({ text, options });
	});
}

function tooComplex(why: string): ImportResult {
	return failedImport(`this file is too complex to read (${why}).`);
}

/**
 * Imports on the main thread, with the readers' code fetched only then: a file read in the
 * worker does not wait for the validator to load and compile here, on a page still starting.
 */
async function readHere(text: string, options: ImportOptions): Promise<ImportResult> {
	let reader: typeof import('./importers/importHere');
	try {
		reader = await import('./importers/importHere');
	} catch {
		return failedImport('the part of Chronomap that reads data files could not be loaded.');
	}
	return reader.importHere(text, options);
}
