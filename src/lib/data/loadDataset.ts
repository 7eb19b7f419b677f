import { parseDataset } from './parseDataset';
import type { ParseResult } from './model';

export const MAX_BYTES = 20 * 1024 * 1024;
export const TIMEOUT_MS = 15_000;

/** Why a load failed, in words for the reader. */
export class LoadError extends Error {}

/** Only same-origin paths and http(s) URLs may be loaded: never javascript:, data: or file:. */
export function resolveDataUrl(value: string, base: string): URL {
	let url: URL;
	try {
		url = new URL(value, base);
	} catch {
		throw new LoadError(`"${value.slice(0, 80)}" is not a web address.`);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new LoadError(
			`"${url.protocol}" addresses cannot be loaded; give a same-site path or an http(s) address.`
		);
	}
	return url;
}

/** Reads a response body as text, stopping as soon as it passes the size cap. */
export async function readCapped(
	response: Response,
	maxBytes = MAX_BYTES,
	onProgress?: (bytes: number) => void
): Promise<string> {
	const declared = Number(response.headers.get('content-length'));
	if (declared > maxBytes) throw tooLarge(maxBytes);
	if (!response.body) return response.text();
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > maxBytes) {
			await reader.cancel();
			throw tooLarge(maxBytes);
		}
		chunks.push(value);
		onProgress?.(total);
	}
	const decoder = new TextDecoder();
	return chunks.map((chunk) => decoder.decode(chunk, { stream: true })).join('') + decoder.decode();
}

function tooLarge(maxBytes: number) {
	return new LoadError(`the file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
}

/** Fetches a dataset with a timeout and a size cap, and turns every failure into a LoadError. */
export async function fetchText(
	url: URL,
	options: { timeoutMs?: number; maxBytes?: number; onProgress?: (bytes: number) => void } = {}
): Promise<string> {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? TIMEOUT_MS);
	try {
		let response: Response;
		try {
			response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
		} catch {
			throw new LoadError(
				controller.signal.aborted
					? `the server did not answer within ${Math.round((options.timeoutMs ?? TIMEOUT_MS) / 1000)} seconds.`
					: `the network request to ${url.host} failed (offline, or the server does not allow it).`
			);
		}
		if (!response.ok) {
			throw new LoadError(`the server answered HTTP ${response.status} ${response.statusText}`.trim() + '.');
		}
		return await readCapped(response, options.maxBytes, options.onProgress);
	} finally {
		clearTimeout(timer);
	}
}

/** Loads and parses a dataset; a failure becomes a problem for the reader, never a throw. */
export async function loadDataset(url: URL): Promise<ParseResult> {
	try {
		const text = await fetchText(url);
		return parseDataset(text);
	} catch (error) {
		const message = error instanceof LoadError ? error.message : 'an unexpected error happened.';
		return { dataset: null, problems: [{ row: 'file', field: '', message, severity: 'error' }] };
	}
}
