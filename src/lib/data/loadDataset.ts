import { takeEarlyParse } from './earlyParse';
import { fetchBytes, fileName, throttledProgress } from './fetchBytes';
import { failedImport } from './failedImport';
import { stopSpareParser, warmParser, WORKER_THRESHOLD } from './parserWorker';
import { LoadError } from './resolveDataUrl';
import type { ImportResult } from './importers/importText';
import type { ColumnMapping } from './schema';
import type { TableSample } from './importers/sampleTable';

// Kept apart so a page with its dataset inline checks an address without the loader's code.
export { LoadError, resolveDataUrl } from './resolveDataUrl';
export {
	DEADLINE_MS,
	fetchBytes,
	fetchText,
	MAX_BYTES,
	PROGRESS_INTERVAL_MS,
	readCappedBytes,
	secondsInWords,
	sizeInWords,
	TIMEOUT_MS,
	tooLarge
} from './fetchBytes';

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

/**
 * Loads a dataset in any supported format (told from its content); a failure becomes a problem
 * for the reader, never a throw. Large files are parsed off the main thread.
 */
export async function loadDataset(url: URL, options: LoadOptions = {}): Promise<ImportResult> {
	const { onProgress } = options;
	// The reader's code loads beside the download rather than after it.
	const reader = readerModule();
	reader.catch(() => {});
	// The page's pre-paint script may have set the parser's worker downloading this very file.
	const early = takeEarlyParse(url, {
		credentials: options.credentials ?? 'omit',
		ownCaps: [options.maxBytes, options.timeoutMs, options.deadlineMs].some(
			(cap) => cap !== undefined
		)
	});
	const downloading =
		onProgress &&
		throttledProgress((loaded, total) => onProgress({ stage: 'download', loaded, total }));
	const name = fileName(url);
	try {
		let bytes: Uint8Array | undefined;
		let result: ImportResult | undefined;
		if (early) {
			const outcome = await (
				await reader
			).importEarly(early, {
				onProgress: downloading,
				onDownloaded: () => onProgress?.({ stage: 'parse' })
			});
			if (outcome && 'result' in outcome) ({ result, source: bytes } = outcome);
			else if (outcome) bytes = outcome.bytes;
		}
		if (!result) {
			bytes ??= await fetchBytes(url, {
				...options,
				// A file too large to read here gets its worker started while it downloads, so that
				// it is read as soon as it has arrived; a small one, the readers that run here.
				onResponse: (bytes) => {
					if (bytes === undefined || bytes >= WORKER_THRESHOLD) warmParser();
					else import('./importers/importHere').catch(() => {});
				},
				onProgress: downloading
			});
			onProgress?.({ stage: 'parse' });
			result = await (await reader).importInBackground(bytes, { name });
		}
		if (!result.table || result.dataset || !options.askMapping || !bytes) return result;
		const mapping = await options.askMapping(result.table, name);
		return mapping ? await (await reader).importInBackground(bytes, { name, mapping }) : result;
	} catch (error) {
		stopSpareParser();
		early?.worker.terminate();
		return failedImport(
			error instanceof LoadError ? error.message : 'an unexpected error happened.'
		);
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
