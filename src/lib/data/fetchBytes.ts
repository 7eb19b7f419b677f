import { decodeText } from './decodeText';
import { takeEarlyFetch } from './earlyFetch';
import { LoadError } from './resolveDataUrl';

/**
 * Downloading a data file with a size cap, an idle timeout and a deadline, every failure a
 * LoadError worded for the reader. Kept apart from loading (loadDataset.ts) so the parser's
 * worker can download a file itself.
 */

export const MAX_BYTES = 20 * 1024 * 1024;
export const TIMEOUT_MS = 15_000;
/** However steadily bytes arrive, a download that takes longer than this is stopped. */
export const DEADLINE_MS = 120_000;
/** The least time between two download progress reports. */
export const PROGRESS_INTERVAL_MS = 100;

/**
 * `report`, called at most once per PROGRESS_INTERVAL_MS: a large file arrives in hundreds of
 * pieces, and a progress bar (or a worker's message about it) needs ten a second at most.
 */
export function throttledProgress(
	report: (loaded: number, total?: number) => void
): (loaded: number, total?: number) => void {
	let reported = -Infinity;
	return (loaded, total) => {
		const now = performance.now();
		if (now - reported < PROGRESS_INTERVAL_MS) return;
		reported = now;
		report(loaded, total);
	};
}

/**
 * Reads a response body as bytes, stopping as soon as it passes the size cap. The bytes are not
 * decoded here: a large file is decoded by the worker that parses it, off the page's thread.
 */
export async function readCappedBytes(
	response: Response,
	maxBytes = MAX_BYTES,
	onProgress?: (bytes: number, total?: number) => void,
	signal?: AbortSignal
): Promise<Uint8Array> {
	const declared = Number(response.headers.get('content-length'));
	if (declared > maxBytes) throw tooLarge(maxBytes);
	if (!response.body) return new Uint8Array(await response.arrayBuffer());
	const reader = response.body.getReader();
	signal?.addEventListener('abort', () => void reader.cancel(), { once: true });
	const bytes = new ByteSink(declared > 0 ? declared : 0);
	for (;;) {
		const { done, value } = await reader.read();
		if (signal?.aborted) throw new DOMException('The download was stopped.', 'AbortError');
		if (done) break;
		if (bytes.length + value.byteLength > maxBytes) {
			await reader.cancel();
			throw tooLarge(maxBytes);
		}
		bytes.add(value);
		onProgress?.(bytes.length, declared > 0 ? declared : undefined);
	}
	return bytes.whole();
}

/**
 * A download's pieces gathered into one array. When the server declared the length, the array is
 * made at once and each piece copied in as it arrives, while the thread would otherwise wait for
 * the next: joining the pieces of a 20 MB file once the last had come took 60–100 ms on the path
 * to the first view. Pieces past the declared length (a compressed response declares the length
 * it was sent at), or of an undeclared length, are kept apart and joined at the end.
 */
class ByteSink {
	#filled = 0;
	#prefix: Uint8Array;
	#rest: Uint8Array[] = [];
	length = 0;

	constructor(declared: number) {
		this.#prefix = new Uint8Array(declared);
	}

	add(piece: Uint8Array) {
		if (this.#rest.length === 0 && this.#filled + piece.byteLength <= this.#prefix.length) {
			this.#prefix.set(piece, this.#filled);
			this.#filled += piece.byteLength;
		} else this.#rest.push(piece);
		this.length += piece.byteLength;
	}

	whole(): Uint8Array {
		const head = this.#prefix.subarray(0, this.#filled);
		if (this.#rest.length === 0) return head;
		return joinBytes(this.#filled > 0 ? [head, ...this.#rest] : this.#rest, this.length);
	}
}

/** The pieces of a download as one array (the piece itself when there is only one). */
function joinBytes(parts: Uint8Array[], total: number): Uint8Array {
	if (parts.length === 1) return parts[0];
	const whole = new Uint8Array(total);
	let at = 0;
	for (const part of parts) {
		whole.set(part, at);
		at += part.byteLength;
	}
	return whole;
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
	options: Parameters<typeof fetchBytes>[1] = {}
): Promise<string> {
	return decodeText(await fetchBytes(url, options));
}

/** As `fetchText`, with the bytes left undecoded (for the parser's worker to decode). */
export async function fetchBytes(
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
): Promise<Uint8Array> {
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
			return await readCappedBytes(response, options.maxBytes, heard, controller.signal);
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

/** The file's name, from the last part of its address: the title of data that has none. */
export function fileName(url: URL): string {
	const last = url.pathname.split('/').pop() ?? '';
	try {
		return decodeURIComponent(last);
	} catch {
		return last;
	}
}
