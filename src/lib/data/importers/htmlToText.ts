/**
 * Turns the HTML some formats allow (TimelineJS, StoryMapJS and GeoJSON text) into plain text
 * without ever handing it to a parser that could run it: tags are removed by pattern and
 * entities decoded.
 */

import { decodeHTML, DecodingMode } from 'entities/decode';

/**
 * Decodes every HTML named entity (`&eacute;`, `&Uuml;`) and numeric one in one pass, so
 * `&amp;lt;` stays `&lt;`. Strict: only entities closed by `;` are read, so `AT&T` and `&copy 2`
 * stay as written. Numbers read as browsers read them: `&#150;` is `–`, `&#0;` U+FFFD.
 */
export function decodeEntities(text: string): string {
	return decodeHTML(text, DecodingMode.Strict);
}

/** A tag (`<b>`, `</p>`, `<br/>`) or an entity (`&eacute;`, `&#233;`): text that is markup. */
const MARKUP = /<\/?[a-z][a-z0-9]*[\s/>]|&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

/**
 * Text from a file that may hold HTML (GeoJSON properties, a mapped table's cells): its plain
 * text when it has tags or entities, else as written. Markup with no text in it at all (a lone
 * `<script>`) is kept as written, to be shown as text, so its row is not lost to it.
 */
export function plainText(written: string): string {
	return (MARKUP.test(written) ? htmlToText(written) : written) || written;
}

/**
 * Plain text of an HTML fragment: scripts and styles dropped, block ends become line breaks.
 * Soft hyphens (`&shy;`) go: invisible in a title, they would split its id and its search words.
 */
export function htmlToText(html: string): string {
	return decodeEntities(stripTags(html))
		.replace(/\u00ad/g, '')
		.replace(/[^\S\n]+/g, ' ')
		.replace(/ *\n[\s]*/g, '\n')
		.trim();
}

const DROPPED_WITH_CONTENT = new Set(['script', 'style', 'template']);
const LINE_ENDING = new Set([
	'p',
	'div',
	'li',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'blockquote',
	'tr'
]);
const TAG_START = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)/y;

/**
 * Removes tags, comments and script, style and template elements in one pass from left to right.
 * Every search remembers what it found, so a thousand unclosed `<a` or `<!--` cost one search,
 * not one each: the time is linear in the length of the text, whatever it holds.
 */
function stripTags(html: string): string {
	const nextGreater = forwardSearch((from) => {
		const at = html.indexOf('>', from);
		return at === -1 ? null : { start: at, end: at + 1 };
	});
	const nextCommentEnd = forwardSearch((from) => {
		const at = html.indexOf('-->', from);
		return at === -1 ? null : { start: at, end: at + 3 };
	});
	const nextClosing = new Map<string, (from: number) => { start: number; end: number } | null>();
	const closing = (name: string) => {
		let search = nextClosing.get(name);
		if (!search) {
			const pattern = new RegExp(`</${name}\\s*>`, 'gi');
			search = forwardSearch((from) => {
				pattern.lastIndex = from;
				const match = pattern.exec(html);
				return match ? { start: match.index, end: match.index + match[0].length } : null;
			});
			nextClosing.set(name, search);
		}
		return search;
	};
	let text = '';
	let copied = 0;
	let at = html.indexOf('<');
	while (at !== -1) {
		const skipTo = markupAt(at);
		if (skipTo === null) {
			at = html.indexOf('<', at + 1);
			continue;
		}
		text += html.slice(copied, at) + skipTo.replacement;
		copied = skipTo.end;
		at = html.indexOf('<', copied);
	}
	return text + html.slice(copied);

	/** The markup starting at `start` and what replaces it, or null when `<` is just text. */
	function markupAt(start: number): { end: number; replacement: string } | null {
		if (html.startsWith('<!--', start)) {
			const end = nextCommentEnd(start + 4);
			return end ? { end: end.end, replacement: '' } : null;
		}
		TAG_START.lastIndex = start;
		const tag = TAG_START.exec(html);
		if (!tag) return null;
		const close = nextGreater(start);
		if (!close) return null;
		const name = tag[2].toLowerCase();
		const end = close.end;
		if (!tag[1] && DROPPED_WITH_CONTENT.has(name)) {
			const after = closing(name)(end);
			if (after) return { end: after.end, replacement: '' };
		}
		const lineBreak = tag[1]
			? LINE_ENDING.has(name) && /^\s*$/.test(html.slice(start + 2 + name.length, close.start))
			: name === 'br' && /^\s*\/?$/.test(html.slice(start + 3, close.start));
		return { end, replacement: lineBreak ? '\n' : '' };
	}
}

/**
 * Wraps a search that only ever moves forward: a search from a position at or before the last
 * find returns that find again, and once nothing was found, nothing is found from further on.
 */
function forwardSearch(
	search: (from: number) => { start: number; end: number } | null
): (from: number) => { start: number; end: number } | null {
	let last: { from: number; found: { start: number; end: number } | null } | null = null;
	return (from) => {
		if (last && from >= last.from && (last.found === null || from <= last.found.start))
			return last.found;
		const found = search(from);
		last = { from, found };
		return found;
	};
}
