/**
 * Turns the HTML some formats allow (TimelineJS text) into plain text without ever handing it to
 * a parser that could run it: tags are removed by pattern and a small table decodes entities.
 */
const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	laquo: '«',
	raquo: '»',
	bdquo: '„',
	sbquo: '‚',
	copy: '©',
	reg: '®',
	trade: '™',
	deg: '°',
	middot: '·',
	bull: '•',
	euro: '€',
	pound: '£',
	shy: '',
	zwj: '\u200d',
	zwnj: '\u200c',
	times: '×',
	minus: '−'
};

/** Decodes named (from the table) and numeric entities in one pass, so `&amp;lt;` stays `&lt;`. */
export function decodeEntities(text: string): string {
	return text.replace(
		/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g,
		(entity, body: string) => {
			if (body[0] !== '#') return NAMED[body] ?? entity;
			const code =
				body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
			const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
			return valid ? String.fromCodePoint(code) : '\ufffd';
		}
	);
}

/** Plain text of an HTML fragment: scripts and styles dropped, block ends become line breaks. */
export function htmlToText(html: string): string {
	return decodeEntities(stripTags(html))
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
