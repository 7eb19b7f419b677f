import type { ImportOptions, ImportResult } from './importers/importText';
import { decodeInput, inputSize, looksLikeXml, type DataInput } from './decodeText';
import type { EarlyParse } from './earlyParse';
import { isDownloadMessage } from './earlyParse';
import { failedImport } from './failedImport';
import { secondsInWords } from './fetchBytes';
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
 * freeze. A small file is parsed on the main thread, where it takes milliseconds, and so is XML
 * (KML, GPX), which only the page's XML parser reads; otherwise only when no worker can start (no
 * Worker, or a content policy forbids it), and so before any parsing happened.
 */
export function importInBackground(
	input: DataInput,
	options: ImportOptions = {},
	deadlineMs = PARSE_DEADLINE_MS
): Promise<ImportResult> {
	if (inputSize(input) < WORKER_THRESHOLD || typeof Worker === 'undefined' || looksLikeXml(input)) {
		stopSpareParser();
		return readHere(input, options);
	}
	const warm = takeSpareParser();
	if (warm?.failed) {
		// The worker could not start (a content policy, say): nothing was parsed, so parse here.
		warm.worker.terminate();
		return readHere(input, options);
	}
	let worker: Worker;
	try {
		worker = warm?.worker ?? newParserWorker();
	} catch {
		return readHere(input, options);
	}
	const { outcome } = listen<ImportResult>(worker, {
		started: warm?.started ?? false,
		deadlineMs,
		notStarted: () => readHere(input, options),
		done: (result) => result
	});
	worker.postMessage({ input, options });
	return outcome;
}

/** What became of a file the worker downloaded itself (see `importEarly`). */
export type EarlyOutcome =
	/** Read in the worker; `source` is the file, when its result asks for a column mapping. */
	| { result: ImportResult; source?: Uint8Array }
	/** Downloaded, and small enough to be read on the page. */
	| { bytes: Uint8Array }
	/** The worker could not start: nothing was downloaded, so the page downloads the file. */
	| null;

/**
 * Takes over the worker that `prepaint.js` set downloading and reading a file, with the
 * messages it posted before the app arrived. The parse deadline runs from the download's end;
 * the download has its own timeout and deadline, in the worker.
 */
export function importEarly(
	early: EarlyParse,
	events: { onProgress?: (loaded: number, total?: number) => void; onDownloaded?: () => void },
	deadlineMs = PARSE_DEADLINE_MS
): Promise<EarlyOutcome> {
	let source: Uint8Array | undefined;
	const { outcome, receive, crashed } = listen<EarlyOutcome>(early.worker, {
		started: false,
		deadlineMs: null,
		notStarted: () => null,
		done: (result) => ({ result, source }),
		other: (data, control) => {
			if (!isDownloadMessage(data)) return false;
			if (data.kind === 'progress') events.onProgress?.(data.loaded, data.total);
			else if (data.kind === 'failed') control.finish({ result: failedImport(data.message) });
			else if (data.kind === 'source') source = data.bytes;
			else if (data.bytes) control.finish({ bytes: data.bytes });
			else {
				events.onDownloaded?.();
				control.startDeadline(deadlineMs);
			}
			return true;
		}
	});
	// What it said before the app arrived comes first; what it says next, in a later task.
	const { messages, errored } = early;
	early.messages = [];
	for (const data of messages) receive(data);
	if (errored) crashed();
	return outcome;
}

interface Control<T> {
	finish: (outcome: T | Promise<T>) => void;
	startDeadline: (ms: number) => void;
}

/**
 * Listens to a parser worker until its result has come, in parts (handOver.ts), each read in a
 * task of its own; then stops it. A worker that fails before it said it started is handed to
 * `notStarted`; one that fails after, runs past the deadline, or posts what is not understood
 * ends in a refusal. `other` may take messages of its own first. `receive` and `crashed` take
 * what the worker said before this listener was set.
 */
function listen<T>(
	worker: Worker,
	handlers: {
		started: boolean;
		deadlineMs: number | null;
		notStarted: () => T | Promise<T>;
		done: (result: ImportResult) => T;
		other?: (data: unknown, control: Control<T>) => boolean;
	}
): { outcome: Promise<T>; receive: (data: unknown) => void; crashed: () => void } {
	let receive: (data: unknown) => void = () => {};
	let crashed: () => void = () => {};
	const outcome = new Promise<T>((resolve) => {
		let started = handlers.started;
		let finished = false;
		let deadline: ReturnType<typeof setTimeout> | undefined;
		const finish = (outcome: T | Promise<T>) => {
			if (finished) return;
			finished = true;
			clearTimeout(deadline);
			worker.terminate();
			resolve(outcome);
		};
		const refuse = (why: string) => finish(handlers.done(tooComplex(why)));
		const startDeadline = (ms: number) => {
			const took = `reading it took longer than ${secondsInWords(ms)}`;
			deadline = setTimeout(() => refuse(took), ms);
		};
		if (handlers.deadlineMs !== null) startDeadline(handlers.deadlineMs);
		const control = { finish, startDeadline };
		const receiver = new HandOverReceiver();
		receive = (data) => {
			if (finished) return;
			if (data === PARSER_READY) started = true;
			else if (handlers.other?.(data, control)) return;
			else if (!isHandOverMessage(data)) refuse('its result was not understood');
			else {
				try {
					const result = receiver.take(data);
					if (result) finish(handlers.done(result));
				} catch {
					refuse('its result could not be passed on');
				}
			}
		};
		crashed = () => {
			if (started) refuse('reading it ran out of memory');
			else finish(handlers.notStarted());
		};
		worker.onmessage = (event: MessageEvent<unknown>) => receive(event.data);
		worker.onerror = (event) => {
			event.preventDefault();
			crashed();
		};
		worker.onmessageerror = () => refuse('its result could not be passed on');
	});
	return { outcome, receive, crashed };
}

function tooComplex(why: string): ImportResult {
	return failedImport(`this file is too complex to read (${why}).`);
}

/**
 * Imports on the main thread, with the readers' code fetched only then: a file read in the
 * worker does not wait for the validator to load and compile here, on a page still starting.
 */
async function readHere(input: DataInput, options: ImportOptions): Promise<ImportResult> {
	let reader: typeof import('./importers/importHere');
	try {
		reader = await import('./importers/importHere');
	} catch {
		return failedImport('the part of Chronomap that reads data files could not be loaded.');
	}
	const { text, fallback } = decodeInput(input);
	return reader.importHere(text, fallback ? { ...options, decodedAs: fallback } : options);
}
