import { foldText, tokensOf } from './foldText';

/**
 * Every distinct word of a set of documents, sorted, each with the ascending positions of the
 * documents holding it: a query word finds all words it begins by binary search.
 */
export interface SearchIndex {
	/** How many documents were indexed. */
	size: number;
	words: string[];
	postings: Uint32Array[];
}

/** Indexes documents (one text each) once, so that a keystroke never re-reads them. */
export function buildSearchIndex(documents: readonly string[]): SearchIndex {
	const byWord = new Map<string, number[]>();
	documents.forEach((text, position) => {
		for (const word of new Set(tokensOf(foldText(text)))) {
			const list = byWord.get(word);
			if (list) list.push(position);
			else byWord.set(word, [position]);
		}
	});
	const words = [...byWord.keys()].sort();
	return {
		size: documents.length,
		words,
		postings: words.map((word) => Uint32Array.from(byWord.get(word)!))
	};
}

/** The query's words, folded as the documents were; none for a blank query. */
export function queryWords(query: string): string[] {
	return [...new Set(tokensOf(foldText(query)))];
}

/** A query's words beyond this many are ignored (a flag byte counts them). */
export const MAX_QUERY_WORDS = 32;

/** Position of the first word not below `prefix`. */
function lowerBound(words: readonly string[], prefix: string): number {
	let low = 0;
	let high = words.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (words[middle] < prefix) low = middle + 1;
		else high = middle;
	}
	return low;
}

/**
 * Which documents hold, for every query word, some word it begins ("kyi ref" finds "Kyiv
 * referendum"): a flag per document, or null for a blank query (nothing is searched for).
 * Costs the postings of the words that match, never a pass over the text.
 */
export function search(index: SearchIndex, query: string): Uint8Array | null {
	const wanted = queryWords(query).slice(0, MAX_QUERY_WORDS);
	if (wanted.length === 0) return null;
	// hits[d] counts the query words document d has matched so far, in query order.
	const hits = new Uint8Array(index.size);
	wanted.forEach((prefix, round) => {
		for (let at = lowerBound(index.words, prefix); at < index.words.length; at++) {
			if (!index.words[at].startsWith(prefix)) break;
			for (const position of index.postings[at]) if (hits[position] === round) hits[position]++;
		}
	});
	const rounds = wanted.length;
	const matched = new Uint8Array(index.size);
	for (let position = 0; position < index.size; position++) {
		matched[position] = hits[position] >= rounds ? 1 : 0;
	}
	return matched;
}
