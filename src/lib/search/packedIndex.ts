import { buildSearchIndex, type SearchIndex } from './searchIndex';

/** A search index as the worker posts it: the words in a few long strings, the arrays transferred. */
export type PackedIndex = Omit<SearchIndex, 'words'> & { words: string[] };

/** Words per string of a packed index: each is split on the main thread in a few milliseconds. */
const WORDS_PER_PART = 5_000;

/**
 * What the search worker is sent: the texts of a dataset's events in order, a slice at a time
 * (each message is cloned on the main thread, so none may be large), then the language to build for.
 */
export type IndexRequest = { texts: string[] } | { build: string };

/**
 * Packs an index for postMessage: a few long strings clone far faster than 100,000 small ones,
 * and the typed arrays move without a copy. Words never hold a line break (they are letters and
 * digits).
 */
export function packIndex(index: SearchIndex): { packed: PackedIndex; transfer: ArrayBuffer[] } {
	const words: string[] = [];
	for (let from = 0; from < index.words.length; from += WORDS_PER_PART) {
		words.push(index.words.slice(from, from + WORDS_PER_PART).join('\n'));
	}
	const packed = { ...index, words };
	const arrays = [index.postingStart, index.postings, index.documentStart, index.documentWords];
	return { packed, transfer: arrays.map((array) => array.buffer as ArrayBuffer) };
}

/** The index back from its packed form, a part of its words at a time between `pause`s. */
export async function unpackIndex(
	packed: PackedIndex,
	pause: () => Promise<void> = async () => {}
): Promise<SearchIndex> {
	const words: string[] = [];
	for (const part of packed.words) {
		for (const word of part.split('\n')) words.push(word);
		await pause();
	}
	return { ...packed, words };
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
