import {
	detectSafely,
	importText,
	needsForeignReader,
	type ForeignReader,
	type ImportOptions,
	type ImportResult
} from './importers/importText';
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
		return importHere(text, options);
	}
	const warm = takeSpareParser();
	if (warm?.failed) {
		// The worker could not start (a content policy, say): nothing was parsed, so parse here.
		warm.worker.terminate();
		return importHere(text, options);
	}
	let worker: Worker;
	try {
		worker = warm?.worker ?? newParserWorker();
	} catch {
		return importHere(text, options);
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
			finish(started ? tooComplex('reading it ran out of memory') : importHere(text, options));
		};
		worker.onmessageerror = () => finish(tooComplex('its result could not be passed on'));
		worker.postMessage({ text, options });
	});
}

function tooComplex(why: string): ImportResult {
	const message = `this file is too complex to read (${why}).`;
	return {
		format: null,
		dataset: null,
		problems: [{ row: 'file', field: '', message, severity: 'error' }]
	};
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
	const first = importText(text, detected, options, readForeign);
	const base = options.gazetteerBase;
	if (base === undefined || !readForeign) return first;
	const { importWithGazetteer } = await import('./importers/withGazetteer');
	const { loadGazetteer } = await import('$lib/gazetteer/loadGazetteer');
	return importWithGazetteer(
		(lookupPlace) =>
			lookupPlace ? importText(text, detected, options, readForeign, lookupPlace) : first,
		() => loadGazetteer(base)
	);
}
