import { takeEarlyFetch } from './earlyFetch';
import { failedImport } from './failedImport';
import { stopSpareParser, warmParser, WORKER_THRESHOLD } from './parserWorker';
import { LoadError } from './resolveDataUrl';
import type { ImportResult } from './importers/importText';
import type { ColumnMapping } from './schema';
import type { TableSample } from './importers/sampleTable';

// Kept apart so a page with its dataset inline checks an address without the loader's code.
export { LoadError, resolveDataUrl } from './resolveDataUrl';

export const MAX_BYTES = 20 * 1024 * 1024;
export const TIMEOUT_MS = 15_000;
/** However steadily bytes arrive, a download that takes longer than this is stopped. */
export const DEADLINE_MS = 120_000;
/** The least time between two download progress reports. */
export const PROGRESS_INTERVAL_MS = 100;

/** How far a load has got: bytes downloaded or read (of a total when known), then parsing. */
export interface LoadProgress {
	stage: 'download' | 'read' | 'parse';
	loaded?: number;
	total?: number;
}

export interface LoadOptions {
	/**
	 * Whether cookies go with the request: 'omit' (the default) for any dataset named in an address,
	 * so a framing page cannot learn from the embed whether its reader is logged in somewhere;
	 * the app's own shipped dataset alone is fetched 'same-origin'.
	 */
	credentials?: 'omit' | 'same-origin';
	timeoutMs?: number;
	deadlineMs?: number;
	maxBytes?: number;
	onProgress?: (progress: LoadProgress) => void;
	/**
	 * Asked when the file is a table whose columns Chronomap does not know: the reader's mapping
	 * (then the same text is read through it, with no second download), or null to give up.
	 */
	askMapping?: (table: TableSample, name: string) => Promise<ColumnMapping | null>;
}

/** Reads a response body as text, stopping as soon as it passes the size cap. */
export async function readCapped(
	response: Response,
	maxBytes = MAX_BYTES,
	onProgress?: (bytes: number, total?: number) => void,
	signal?: AbortSignal
): Promise<string> {
	const declared = Number(response.headers.get('content-length'));
	if (declared > maxBytes) throw tooLarge(maxBytes);
	if (!response.body) return response.text();
	const reader = response.body.getReader();
	signal?.addEventListener('abort', () => void reader.cancel(), { once: true });
	// Each piece is decoded as it arrives, so the text is ready as soon as the last piece is.
	const decoder = new TextDecoder();
	const parts: string[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (signal?.aborted) throw new DOMException('The download was stopped.', 'AbortError');
		if (done) break;
		total += value.byteLength;
		if (total > maxBytes) {
			await reader.cancel();
			throw tooLarge(maxBytes);
		}
		parts.push(decoder.decode(value, { stream: true }));
		onProgress?.(total, declared > 0 ? declared : undefined);
	}
	return parts.join('') + decoder.decode();
}

export function tooLarge(maxBytes: number) {
	return new LoadError(`the file is larger than ${sizeInWords(maxBytes)}.`);
}

/** A size as a reader would say it: whole MB from 1 MB up, else KB, never "0 MB". */
export function sizeInWords(bytes: number): string {
	const megabytes = bytes / 1024 / 1024;
	if (megabytes >= 1) return `${Number(megabytes.toFixed(megabytes < 10 ? 1 : 0))} MB`;
	return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** A duration in seconds, with as many decimals as it takes not to round to "0 seconds". */
export function secondsInWords(ms: number): string {
	const seconds = ms / 1000;
	const shown = seconds >= 1 ? Math.round(seconds) : Number(seconds.toPrecision(1));
	return `${shown} ${shown === 1 ? 'second' : 'seconds'}`;
}

/** Fetches a dataset with an idle timeout and a size cap, and turns every failure into a LoadError. */
export async function fetchText(
	url: URL,
	options: {
		credentials?: 'omit' | 'same-origin';
		timeoutMs?: number;
		deadlineMs?: number;
		maxBytes?: number;
		onProgress?: (bytes: number, total?: number) => void;
		/** Called when the server has answered, with the length it declared, if any. */
		onResponse?: (declaredBytes: number | undefined) => void;
	} = {}
): Promise<string> {
	// The page may have begun this very download before the app arrived: take it over, with the
	// same timeout, deadline and size cap as a download begun here.
	const early = takeEarlyFetch(url, options.credentials ?? 'omit');
	const controller = early?.controller ?? new AbortController();
	const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
	const seconds = secondsInWords(timeoutMs);
	// The timeout counts silence, not the whole download, so a large file on a slow line still
	// arrives; the deadline stops a server that sends a byte now and then to keep it waiting.
	let timer = setTimeout(() => controller.abort(), timeoutMs);
	let pastDeadline = false;
	const deadlineMs = options.deadlineMs ?? DEADLINE_MS;
	const deadline = setTimeout(() => {
		pastDeadline = true;
		controller.abort();
	}, deadlineMs);
	const stopped = (silent: string) =>
		pastDeadline ? `the download took longer than ${secondsInWords(deadlineMs)}.` : silent;
	const heard = (bytes: number, total?: number) => {
		clearTimeout(timer);
		timer = setTimeout(() => controller.abort(), timeoutMs);
		options.onProgress?.(bytes, total);
	};
	try {
		let response: Response;
		try {
			response = await (early?.response ??
				fetch(url, {
					signal: controller.signal,
					credentials: options.credentials ?? 'omit'
				}));
		} catch {
			throw new LoadError(
				controller.signal.aborted
					? stopped(`the server did not answer within ${seconds}.`)
					: `the network request to ${url.host} failed (offline, or the server does not allow it).`
			);
		}
		if (!response.ok) {
			throw new LoadError(
				`the server answered HTTP ${response.status} ${response.statusText}`.trim() + '.'
			);
		}
		const declared = Number(response.headers.get('content-length'));
		options.onResponse?.(declared > 0 ? declared : undefined);
		try {
			return await readCapped(response, options.maxBytes, heard, controller.signal);
		} catch (error) {
			if (error instanceof LoadError) throw error;
			throw new LoadError(
				controller.signal.aborted
					? stopped(`the download stopped for ${seconds}.`)
					: 'the download was interrupted.'
			);
		}
	} finally {
		clearTimeout(timer);
		clearTimeout(deadline);
	}
}

/**
 * Loads a dataset in any supported format (told from its content); a failure becomes a problem
 * for the reader, never a throw. Large files are parsed off the main thread.
 */
export async function loadDataset(url: URL, options: LoadOptions = {}): Promise<ImportResult> {
	const { onProgress } = options;
	// The reader's code loads beside the download rather than after it.
	const reader = readerModule();
	reader.catch(() => {});
	try {
		let reported = -Infinity;
		const text = await fetchText(url, {
			...options,
			// A file too large to read here gets its worker started while it downloads, so that
			// it is read as soon as it has arrived; a small one, the readers that run here.
			onResponse: (bytes) => {
				if (bytes === undefined || bytes >= WORKER_THRESHOLD) warmParser();
				else import('./importers/importHere').catch(() => {});
			},
			// A large file arrives in hundreds of pieces: the bar moves at most ten times a second.
			onProgress:
				onProgress &&
				((loaded, total) => {
					const now = performance.now();
					if (now - reported < PROGRESS_INTERVAL_MS) return;
					reported = now;
					onProgress({ stage: 'download', loaded, total });
				})
		});
		onProgress?.({ stage: 'parse' });
		const { importInBackground } = await reader;
		const name = fileName(url);
		const result = await importInBackground(text, { name });
		if (!result.table || result.dataset || !options.askMapping) return result;
		const mapping = await options.askMapping(result.table, name);
		return mapping ? await importInBackground(text, { name, mapping }) : result;
	} catch (error) {
		stopSpareParser();
		return failedImport(
			error instanceof LoadError ? error.message : 'an unexpected error happened.'
		);
	}
}

function fileName(url: URL): string {
	const last = url.pathname.split('/').pop() ?? '';
	try {
		return decodeURIComponent(last);
	} catch {
		return last;
	}
}

/**
 * The readers arrive with the first file that needs them: the shipped story travels parsed in
 * its page (see `shippedResult`), so the validator is not part of the first view. This module
 * is small: the validator comes with a file read on the main thread, or in the worker.
 */
export async function readerModule(): Promise<typeof import('./importInBackground')> {
	try {
		return await import('./importInBackground');
	} catch {
		throw new LoadError('the part of Chronomap that reads data files could not be loaded.');
	}
}
