import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWork, growth } from '../testing/countWork';
import { decodeEntities, htmlToText } from './htmlToText';

describe('htmlToText', () => {
	it.each([
		{ html: 'Plain text', expected: 'Plain text' },
		{ html: '<p>First</p><p>Second <b>bold</b></p>', expected: 'First\nSecond bold' },
		{ html: 'A<br>B<br/>C', expected: 'A\nB\nC' },
		{ html: 'Tom &amp; Jerry &lt;3 &quot;hi&quot;', expected: 'Tom & Jerry <3 "hi"' },
		{ html: '&amp;lt;script&amp;gt;', expected: '&lt;script&gt;' },
		{ html: '<script>window.__pwned=1</script>Safe', expected: 'Safe' },
		{ html: '<img src=x onerror="window.__pwned=1">Caption', expected: 'Caption' },
		{ html: '<a href="javascript:alert(1)">link</a>', expected: 'link' },
		{ html: '<style>p{}</style><!-- note -->Text', expected: 'Text' },
		{ html: '2 < 3 and 5 > 4', expected: '2 < 3 and 5 > 4' },
		{ html: '&lt;img src=x onerror=alert(1)&gt;', expected: '<img src=x onerror=alert(1)>' },
		{ html: '  lots   of\t space  ', expected: 'lots of space' }
	])('htmlToText($html)', ({ html, expected }) => {
		expect(htmlToText(html)).toBe(expected);
	});

	it('returns text for any input, and text without markup or entities comes back trimmed', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				expect(typeof htmlToText(`<p>${text}</p>`)).toBe('string');
				if (!/[<&]/.test(text))
					expect(htmlToText(text)).toBe(
						text
							.replace(/[^\S\n]+/g, ' ')
							.replace(/ *\n\s*/g, '\n')
							.trim()
					);
			})
		);
	});
});

describe('decodeEntities', () => {
	it.each([
		{ text: '&#8212; &#x2014;', expected: '— —' },
		{ text: '&#0; &#xD800; &#x110000;', expected: '\ufffd \ufffd \ufffd' },
		{ text: '&unknown; &amp', expected: '&unknown; &amp' },
		{ text: '&laquo;Слава&raquo;', expected: '«Слава»' }
	])('decodeEntities($text)', ({ text, expected }) => {
		expect(decodeEntities(text)).toBe(expected);
	});
});

describe('htmlToText work', () => {
	it.each([
		{ name: 'unclosed tags', unit: '<a' },
		{ name: 'unclosed scripts', unit: '<script>' },
		{ name: 'unclosed comments', unit: '<!--' },
		{ name: 'closed tags', unit: '<b>x</b>' },
		{ name: 'line breaks', unit: '<br/>&amp;' },
		{ name: 'opened and closed scripts', unit: '<style></style x>' }
	])('reads $name in work linear in the length', ({ unit }) => {
		const run = (n: number) => () => htmlToText(unit.repeat(n));
		const { small, large, ratio } = growth(run, 50_000);
		expect(small).toBeLessThan(unit.length * 50_000 * 20);
		expect(large).toBeGreaterThan(0);
		expect(ratio).toBeLessThan(2.5);
	});

	it('reads a megabyte of unclosed tags', () => {
		const { result, work } = countWork(() => htmlToText('<a'.repeat(500_000)));
		expect(result).toBe('<a'.repeat(500_000));
		expect(work).toBeLessThan(1_000_000 * 20);
	});

	it.each([
		{ html: '<script>never closed', expected: 'never closed' },
		{ html: '<!-- never closed', expected: '<!-- never closed' },
		{ html: 'x <a no end', expected: 'x <a no end' },
		{ html: '<SCRIPT type="x">a</Script >b', expected: 'b' },
		{ html: '<p>a</p >b</P>', expected: 'a\nb' },
		{ html: '<br class="x">b', expected: 'b' }
	])('keeps the meaning of odd markup: $html', ({ html, expected }) => {
		expect(htmlToText(html)).toBe(expected);
	});
});
