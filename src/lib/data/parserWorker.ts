import { PARSER_READY } from './parserReady';

export { WORKER_THRESHOLD } from './parserReady';

/** A new worker that parses one file (`parse.worker.ts`); throws where no worker may start. */
export function newParserWorker(): Worker {
	return new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
}

/** A worker started ahead of the text it will parse: whether it said it is ready, or failed. */
export interface SpareParser {
	worker: Worker;
	started: boolean;
	failed: boolean;
}

let spare: SpareParser | null = null;

/**
 * Starts a parser worker now, for the next `importInBackground`, so that its code loads while
 * the file downloads. Kept apart from the readers so it can start before their code arrives.
 */
export function warmParser() {
	if (spare || typeof Worker === 'undefined') return;
	try {
		const warm: SpareParser = { worker: newParserWorker(), started: false, failed: false };
		warm.worker.onmessage = (event) => {
			if (event.data === PARSER_READY) warm.started = true;
		};
		// A worker that cannot start is handled when a text arrives: it is parsed here instead.
		warm.worker.onerror = (event) => {
			event.preventDefault();
			if (!warm.started) warm.failed = true;
		};
		spare = warm;
	} catch {
		// No worker here: importInBackground parses on the main thread.
	}
}

/** The started worker, for the text that has arrived; null when none was started. */
export function takeSpareParser(): SpareParser | null {
	const taken = spare;
	spare = null;
	return taken;
}

/** Stops a worker started for a text that will not come here (a short text, a failed download). */
export function stopSpareParser() {
	takeSpareParser()?.worker.terminate();
}
