/**
 * Splits prose into sentences as spans of the original text, so that a quote taken from a span is
 * always a verbatim substring. Paragraphs (blank lines) and lines that end without punctuation
 * (headings, captions, bylines) end a sentence; markdown markers at a line's start are skipped.
 * Linear in the length of the text.
 */

export interface Sentence {
	/** Offset of the first character in the original text. */
	start: number;
	/** Offset just after the last character. */
	end: number;
	text: string;
	/** Index of the paragraph (block separated by blank lines) the sentence is in. */
	paragraph: number;
	/** True for a markdown heading (`## …`): a new section, where prose starts a new "now". */
	heading: boolean;
}

const ABBREVIATIONS = new Set(
	(
		'mr mrs ms dr st jr sr gen col lt sgt capt maj rep sen gov prof rev no vs etc inc ltd co corp ' +
		'jan feb mar apr jun jul aug sep sept oct nov dec approx dept est fig mt ft'
	).split(' ')
);

const CLOSERS = '"”’\')]»';
const MARKERS = /^(?:#{1,6}\s+|[-*+]\s+|>\s*|\d+\.\s+)/;

/** True when the period at `index` ends an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, index: number): boolean {
	let wordStart = index;
	while (wordStart > 0 && /[\p{L}.]/u.test(text[wordStart - 1])) wordStart--;
	const word = text.slice(wordStart, index);
	if (word.includes('.')) return true; // U.S., e.g.
	if (/^\p{Lu}$/u.test(word)) return true; // an initial: J. Smith
	return ABBREVIATIONS.has(word.toLowerCase());
}

/** Splits `text` into sentences; every sentence's `text` equals `text.slice(start, end)`. */
export function splitSentences(text: string): Sentence[] {
	const sentences: Sentence[] = [];
	let paragraph = 0;
	let lineStart = 0;
	let sentenceStart = -1;
	let sentenceHeading = false;
	const push = (end: number) => {
		if (sentenceStart < 0) return;
		let trimmedEnd = end;
		while (trimmedEnd > sentenceStart && /\s/.test(text[trimmedEnd - 1])) trimmedEnd--;
		if (trimmedEnd > sentenceStart) {
			sentences.push({
				start: sentenceStart,
				end: trimmedEnd,
				text: text.slice(sentenceStart, trimmedEnd),
				paragraph,
				heading: sentenceHeading
			});
		}
		sentenceStart = -1;
	};
	while (lineStart <= text.length) {
		const newline = text.indexOf('\n', lineStart);
		const lineEnd = newline < 0 ? text.length : newline;
		const line = text.slice(lineStart, lineEnd);
		if (line.trim() === '') {
			push(lineStart);
			paragraph++;
		} else {
			splitLine(
				text,
				lineStart,
				lineEnd,
				(start) => {
					if (sentenceStart >= 0) return;
					sentenceStart = start;
					sentenceHeading = /^#{1,6}\s/.test(line);
				},
				push
			);
			// A line that does not end in sentence punctuation (heading, caption) stands alone
			// unless the next line continues the paragraph.
			const last = line.trimEnd().at(-1) ?? '';
			const next = newline < 0 ? '' : text.slice(newline + 1, newline + 12);
			if (!/[.!?:;,"”’)\p{Ll}]/u.test(last) || MARKERS.test(next)) push(lineEnd);
		}
		if (newline < 0) break;
		lineStart = newline + 1;
	}
	push(text.length);
	return sentences;
}

function splitLine(
	text: string,
	lineStart: number,
	lineEnd: number,
	begin: (start: number) => void,
	push: (end: number) => void
): void {
	let position = lineStart;
	const marker = MARKERS.exec(text.slice(lineStart, lineEnd));
	if (marker) position += marker[0].length;
	while (position < lineEnd && /\s/.test(text[position])) position++;
	let begun = false;
	for (let index = position; index < lineEnd; index++) {
		const character = text[index];
		if (!begun && !/\s/.test(character)) {
			begin(index);
			begun = true;
		}
		if (character !== '.' && character !== '!' && character !== '?') continue;
		let after = index + 1;
		while (after < lineEnd && CLOSERS.includes(text[after])) after++;
		if (after < lineEnd && !/\s/.test(text[after])) continue;
		let next = after;
		while (next < lineEnd && /\s/.test(text[next])) next++;
		if (next < lineEnd && !/[\p{Lu}\p{N}"“‘'(«[]/u.test(text[next])) continue;
		if (character === '.' && isAbbreviation(text, index)) continue;
		push(after);
		begun = false;
		index = next - 1;
	}
}
