import { foldText, tokensOf } from './foldText';

/**
 * Every distinct word of a set of documents, sorted, with both directions of the relation in
 * flat arrays: for a word, the documents holding it (`postings`), and for a document, its words
 * by rank (`documentWords`). A query word's prefix is a range of ranks, found by binary search.
 */
export interface SearchIndex {
	/** How many documents were indexed. */
	size: number;
	/** The reader's language the words were folded for; queries are folded the same way. */
	language: string;
	words: string[];
	/** Documents of word w: postings[postingStart[w] .. postingStart[w + 1]), ascending. */
	postingStart: Uint32Array;
	postings: Uint32Array;
	/** Word ranks of document d: documentWords[documentStart[d] .. documentStart[d + 1]), ascending. */
	documentStart: Uint32Array;
	documentWords: Uint32Array;
}

/** A query's words beyond this many are ignored. */
export const MAX_QUERY_WORDS = 32;

/** Indexes documents (one text each) once, so that a keystroke never re-reads them. */
export function buildSearchIndex(documents: readonly string[], language = 'en'): SearchIndex {
	const firstSeen = new Map<string, number>();
	const perDocument: number[][] = [];
	let total = 0;
	for (const text of documents) {
		const ids: number[] = [];
		for (const word of tokensOf(foldText(text, language))) {
			let id = firstSeen.get(word);
			if (id === undefined) firstSeen.set(word, (id = firstSeen.size));
			ids.push(id);
		}
		perDocument.push(ids);
		total += ids.length;
	}
	const words = [...firstSeen.keys()];
	const order = words.map((_, id) => id).sort((a, b) => (words[a] < words[b] ? -1 : 1));
	const rankOf = new Uint32Array(words.length);
	order.forEach((id, rank) => (rankOf[id] = rank));
	// Each document's distinct ranks, ascending.
	const documentStart = new Uint32Array(documents.length + 1);
	const documentWords = new Uint32Array(total);
	const counts = new Uint32Array(words.length + 1);
	let at = 0;
	perDocument.forEach((ids, document) => {
		documentStart[document] = at;
		const ranks = Uint32Array.from(ids, (id) => rankOf[id]).sort();
		for (let i = 0; i < ranks.length; i++) {
			if (i > 0 && ranks[i] === ranks[i - 1]) continue;
			documentWords[at++] = ranks[i];
			counts[ranks[i]]++;
		}
	});
	documentStart[documents.length] = at;
	const postingStart = new Uint32Array(words.length + 1);
	for (let rank = 0; rank < words.length; rank++)
		postingStart[rank + 1] = postingStart[rank] + counts[rank];
	const postings = new Uint32Array(at);
	const fill = postingStart.slice(0, words.length);
	for (let document = 0; document < documents.length; document++) {
		for (let i = documentStart[document]; i < documentStart[document + 1]; i++) {
			postings[fill[documentWords[i]]++] = document;
		}
	}
	return {
		size: documents.length,
		language,
		words: order.map((id) => words[id]),
		postingStart,
		postings,
		documentStart,
		documentWords: documentWords.slice(0, at)
	};
}

/** The query's words, folded as the documents were; none for a blank query. */
export function queryWords(query: string, language = 'en'): string[] {
	return [...new Set(tokensOf(foldText(query, language)))];
}

/** Position of the first item not below `value` in ascending `items[from..to)`. */
function lowerBound<T>(items: ArrayLike<T>, value: T, from = 0, to = items.length): number {
	let low = from;
	let high = to;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (items[middle] < value) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** The ranks of the words `prefix` begins: [first, end). */
function prefixRange(words: readonly string[], prefix: string): [number, number] {
	const first = lowerBound(words, prefix);
	// The end is the first word past every word with the prefix: a binary search on the next key.
	const past = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
	return [first, lowerBound(words, past, first)];
}

/**
 * Which documents hold, for every query word, some word it begins ("kyi ref" finds "Kyiv
 * referendum"): a flag per document, or null for a blank query (nothing is searched for).
 * Reads the postings of the rarest query word only, and checks the others per candidate by
 * binary search in the candidate's own words: the cost follows the matches, not the text.
 */
export function search(index: SearchIndex, query: string): Uint8Array | null {
	const wanted = queryWords(query, index.language).slice(0, MAX_QUERY_WORDS);
	if (wanted.length === 0) return null;
	const matched = new Uint8Array(index.size);
	const ranges = wanted
		.map((prefix) => prefixRange(index.words, prefix))
		.map(([first, end]) => ({
			first,
			end,
			postings: index.postingStart[end] - index.postingStart[first]
		}))
		.sort((a, b) => a.postings - b.postings);
	if (ranges[0].postings === 0) return matched;
	const [rarest, ...others] = ranges;
	const seen = new Uint8Array(index.size);
	const { postings, documentStart, documentWords } = index;
	for (let i = index.postingStart[rarest.first]; i < index.postingStart[rarest.end]; i++) {
		const document = postings[i];
		if (seen[document]) continue;
		seen[document] = 1;
		const from = documentStart[document];
		const to = documentStart[document + 1];
		let all = true;
		for (const { first, end } of others) {
			const at = lowerBound(documentWords, first, from, to);
			if (at >= to || documentWords[at] >= end) {
				all = false;
				break;
			}
		}
		if (all) matched[document] = 1;
	}
	return matched;
}
