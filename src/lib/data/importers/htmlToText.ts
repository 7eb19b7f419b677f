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
	const text = html
		.replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<br\s*\/?>|<\/(p|div|li|h[1-6]|blockquote|tr)\s*>/gi, '\n')
		.replace(/<\/?[a-zA-Z][^>]*>/g, '');
	return decodeEntities(text)
		.replace(/[^\S\n]+/g, ' ')
		.replace(/ *\n[\s]*/g, '\n')
		.trim();
}
