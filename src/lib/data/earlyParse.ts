/**
 * A data file the parser's worker began downloading, and then reading, before the app's code
 * arrived: `static/prepaint.js` starts the worker for a same-site `?data=` address, so the file
 * is downloaded and parsed off the page's thread while the page starts, and the app takes the
 * result over (`importEarly` in importInBackground.ts).
 */
export interface EarlyParse {
	href: string;
	worker: Worker;
	/** What the worker posted before the app took it over, in order. */
	messages: unknown[];
	/** Whether the worker reported an error before the app took it over. */
	errored: boolean;
}

declare global {
	interface Window {
		__chronomapEarlyParse?: EarlyParse;
	}
}

/** Asks the parser's worker to download the file at `download` (without cookies) and read it. */
export interface DownloadRequest {
	download: string;
}

/** What the parser's worker posts about a download of its own, before the hand-over. */
export type DownloadMessage =
	| { kind: 'progress'; loaded: number; total?: number }
	/** The download failed; `message` says why, as a load's problem does. */
	| { kind: 'failed'; message: string }
	/** All of it arrived: now it is parsed, or, when small, handed back (`bytes`) to read on the page. */
	| { kind: 'downloaded'; bytes?: Uint8Array }
	/** The file itself, before a result that asks for a column mapping, to read it again through one. */
	| { kind: 'source'; bytes: Uint8Array };

const KINDS = new Set(['progress', 'failed', 'downloaded', 'source']);

/** True for a message about the worker's own download. */
export function isDownloadMessage(data: unknown): data is DownloadMessage {
	return Boolean(
		data && typeof data === 'object' && KINDS.has((data as { kind?: unknown }).kind as string)
	);
}

/**
 * Takes over the worker reading `url`, once. A worker started for another address, for a load
 * that sends cookies (the page's own dataset), or for one with caps of its own (the worker keeps
 * to the usual size cap, timeout and deadline) has no use: it is stopped.
 */
export function takeEarlyParse(
	url: URL,
	load: { credentials: 'omit' | 'same-origin'; ownCaps: boolean }
): EarlyParse | null {
	if (typeof window === 'undefined') return null;
	const early = window.__chronomapEarlyParse;
	if (!early) return null;
	delete window.__chronomapEarlyParse;
	if (early.href === url.href && load.credentials === 'omit' && !load.ownCaps) return early;
	early.worker.terminate();
	return null;
}
