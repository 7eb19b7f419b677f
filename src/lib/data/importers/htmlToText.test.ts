import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWork, growth } from '../testing/countWork';
import { decodeEntities, htmlToText } from './htmlToText';
import { importDataset } from './importDataset';

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
		{ html: '  lots   of\t space  ', expected: 'lots of space' },
		{
			html: 'Caf&eacute; &ndash; Na&iuml;ve &Uuml;bersicht &ccedil;a',
			expected: 'Café – Naïve Übersicht ça'
		},
		{
			html: '<p>&Aring;land&nbsp;&amp;&nbsp;&THORN;&oslash;rshavn</p>',
			expected: 'Åland & Þørshavn'
		},
		{ html: 'Donau&shy;dampf&shy;schiff', expected: 'Donaudampfschiff' },
		{ html: '&lt;b&gt;&eacute;&lt;/b&gt;', expected: '<b>é</b>' }
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
		{ text: '&laquo;Слава&raquo;', expected: '«Слава»' },
		{ text: '&eacute;&Eacute;&szlig;&oelig;&alpha;&hearts;&rarr;', expected: 'éÉßœα♥→' },
		{ text: '&NotNestedGreaterGreater;', expected: '\u2aa2\u0338' },
		{ text: '&amp;eacute; &amp;amp;', expected: '&eacute; &amp;' },
		{ text: 'AT&T &copy 2020 &eacute &notit;', expected: 'AT&T &copy 2020 &eacute &notit;' },
		{ text: '&#150; &#x80;', expected: '– €' },
		{ text: '&Eacute;&#x20AC;&euro;&#8364;', expected: 'É€€€' }
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
		{ name: 'opened and closed scripts', unit: '<style></style x>' },
		{ name: 'named entities', unit: '&eacute;&Uuml;x' },
		{ name: 'unclosed named entities', unit: '&eacute&Uuml' },
		{ name: 'ampersands', unit: '&&&#&#x' },
		{ name: 'unclosed numbers', unit: '&#123456789' },
		{ name: 'long names', unit: '&NotNestedGreaterGreate' }
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

	it('decodes a megabyte of entities that never close', () => {
		const text = '&eacute&#1234567&#x&'.repeat(50_000);
		expect(decodeEntities(text)).toBe(text);
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

describe('entities in imported TimelineJS text', () => {
	it('reads every named entity in titles, notes and the ids made from them', () => {
		const json = {
			title: { text: { headline: 'R&eacute;sum&eacute; &amp; more' } },
			events: [
				{
					start_date: { year: 2024, month: 3, day: 5 },
					text: {
						headline: "Caf&eacute; opening in Ren&eacute;'s &laquo;Piazza&raquo;",
						text: '<p>Na&iuml;ve &Uuml;bersicht &ccedil;a</p>'
					}
				}
			]
		};
		const { dataset } = importDataset(JSON.stringify(json), { name: 'timeline.json' });
		expect(dataset?.title).toBe('Résumé & more');
		expect(dataset?.events.map(({ id, title, note }) => ({ id, title, note }))).toEqual([
			{
				id: 'café-opening-in-rené-s-piazza',
				title: "Café opening in René's «Piazza»",
				note: 'Naïve Übersicht ça'
			}
		]);
	});
});
