import { loadGazetteer } from '$lib/gazetteer/loadGazetteer';
import { importDataset, type ImportOptions, type ImportResult } from './importers/importDataset';
import { importWithGazetteer } from './importers/withGazetteer';
import { PARSER_READY, WORKER_THRESHOLD } from './parserReady';
import { handOverMessages } from './handOver';
import { decodeInput, looksLikeXml, type DataInput } from './decodeText';
import type { DownloadMessage, DownloadRequest } from './earlyParse';
import { fetchBytes, fileName, throttledProgress } from './fetchBytes';
import { LoadError } from './resolveDataUrl';

type ParseRequest = { input: DataInput; options: ImportOptions };

/**
 * Parses one file off the main thread: its text or its downloaded bytes in (decoded here, not on
 * the page's thread), the same result as on the main thread out. Asked to download the file
 * itself (`DownloadRequest`, from the page's pre-paint script), it also says how the download goes.
 */
self.onmessage = async (event: MessageEvent<ParseRequest | DownloadRequest>) => {
	const request = event.data;
	if ('download' in request) return downloadAndParse(new URL(request.download));
	handOver(await parse(request.input, request.options));
};

function parse(input: DataInput, given: ImportOptions): Promise<ImportResult> {
	const { text, fallback } = decodeInput(input);
	const options = fallback ? { ...given, decodedAs: fallback } : given;
	const base = options.gazetteerBase;
	return importWithGazetteer(
		(lookupPlace) => importDataset(text, options, lookupPlace),
		base === undefined ? undefined : () => loadGazetteer(base)
	);
}

function handOver(result: ImportResult) {
	for (const message of handOverMessages(result)) self.postMessage(message);
}

const say = (message: DownloadMessage, transfer: Transferable[] = []) =>
	self.postMessage(message, { transfer });

/** Downloads a file as the page would (no cookies, the same caps), then parses it. */
async function downloadAndParse(url: URL) {
	let bytes: Uint8Array;
	try {
		bytes = await fetchBytes(url, {
			credentials: 'omit',
			onProgress: throttledProgress((loaded, total) => say({ kind: 'progress', loaded, total }))
		});
	} catch (error) {
		const message = error instanceof LoadError ? error.message : 'an unexpected error happened.';
		return say({ kind: 'failed', message });
	}
	// A small file is read on the page as any small file is, with no copy of its result to make;
	// so is XML (KML, GPX), which needs the page's XML parser.
	if (bytes.byteLength < WORKER_THRESHOLD || looksLikeXml(bytes))
		return say({ kind: 'downloaded', bytes }, [bytes.buffer]);
	say({ kind: 'downloaded' });
	const result = await parse(bytes, { name: fileName(url) });
	if (result.table && !result.dataset) say({ kind: 'source', bytes }, [bytes.buffer]);
	handOver(result);
}

self.postMessage(PARSER_READY);
