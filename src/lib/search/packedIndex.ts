import { buildSearchIndex, type SearchIndex } from './searchIndex';

/** A search index as the worker posts it: the words in one string, the arrays transferred. */
export type PackedIndex = Omit<SearchIndex, 'words'> & { words: string };

/**
 * What the search worker is sent: the texts of a dataset's events in order, a slice at a time
 * (each message is cloned on the main thread, so none may be large), then the language to build for.
 */
export type IndexRequest = { texts: string[] } | { build: string };

/**
 * Packs an index for postMessage: one string clones far faster than 100,000 small ones, and the
 * typed arrays move without a copy. Words never hold a line break (they are letters and digits).
 */
export function packIndex(index: SearchIndex): { packed: PackedIndex; transfer: ArrayBuffer[] } {
	const packed = { ...index, words: index.words.join('\n') };
	const arrays = [index.postingStart, index.postings, index.documentStart, index.documentWords];
	return { packed, transfer: arrays.map((array) => array.buffer as ArrayBuffer) };
}

export function unpackIndex(packed: PackedIndex): SearchIndex {
	return { ...packed, words: packed.words === '' ? [] : packed.words.split('\n') };
}

/**
 * The search worker's side of the exchange: gathers texts, and on `build` returns the packed
 * index and the buffers to transfer. Kept apart from the worker so tests can drive it.
 */
export function indexBuilder(): (request: IndexRequest) => ReturnType<typeof packIndex> | null {
	const texts: string[] = [];
	return (request) => {
		if ('texts' in request) {
			for (const text of request.texts) texts.push(text);
			return null;
		}
		return packIndex(buildSearchIndex(texts, request.build));
	};
}
