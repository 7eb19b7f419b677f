import type { SearchIndex } from './searchIndex';
import { indexEvents, searchTextOf, type SearchableDataset } from './eventSearchText';
import { unpackIndex, type IndexRequest, type PackedIndex } from './packedIndex';

/** Up to this many events, the index is built on the main thread: it takes milliseconds. */
export const MAIN_THREAD_EVENTS = 2_000;
/** Events whose texts are gathered and posted to the worker between two yields to the page. */
const SLICE = 1_000;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Builds a dataset's search index without a long task on the main thread: the events' texts are
 * gathered a slice at a time, between which the page answers input, and posted to a Web Worker
 * that folds and indexes them and hands the arrays back without a copy. Where no worker can
 * start (no Worker, or it fails), the index is built here, as it always was. Resolves to null
 * once `signal` is aborted (the dataset or the language changed).
 */
export async function indexInBackground(
	dataset: SearchableDataset,
	language: string,
	signal: AbortSignal
): Promise<SearchIndex | null> {
	if (signal.aborted) return null;
	if (dataset.events.length <= MAIN_THREAD_EVENTS || typeof Worker === 'undefined') {
		return indexEvents(dataset, language);
	}
	let worker: Worker;
	try {
		worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return indexEvents(dataset, language);
	}
	const built = new Promise<SearchIndex | null>((resolve) => {
		const finish = (index: SearchIndex | null) => {
			worker.terminate();
			signal.removeEventListener('abort', abort);
			resolve(index);
		};
		const abort = () => finish(null);
		signal.addEventListener('abort', abort);
		worker.onmessage = (event: MessageEvent<PackedIndex>) =>
			void unpackIndex(event.data, yieldToPage).then((index) =>
				finish(signal.aborted ? null : index)
			);
		worker.onerror = (event) => {
			event.preventDefault();
			finish(signal.aborted ? null : indexEvents(dataset, language));
		};
	});
	const post = (request: IndexRequest) => worker.postMessage(request);
	const textOf = searchTextOf(dataset);
	const { events } = dataset;
	for (let from = 0; from < events.length && !signal.aborted; from += SLICE) {
		post({ texts: events.slice(from, from + SLICE).map(textOf) });
		await yieldToPage();
	}
	if (!signal.aborted) post({ build: language });
	return built;
}
