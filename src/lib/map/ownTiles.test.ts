import { describe, expect, it } from 'vitest';
import { escapeText, ownTiles } from './ownTiles';

const page = 'https://news.example';
const attribution = '© Newsroom';

describe('ownTiles(source, pageOrigin)', () => {
	it.each([
		{ why: 'no tiles set at build time', source: null, expected: { kind: 'none' } },
		{
			why: 'a path is on the page’s origin',
			source: { template: '/maps/{z}/{x}/{y}.png', attribution },
			expected: { kind: 'own', template: `${page}/maps/{z}/{x}/{y}.png`, attribution }
		},
		{
			why: 'a full address on the page’s origin',
			source: { template: 'https://news.example/t/{z}/{x}/{y}.png', attribution },
			expected: { kind: 'own', template: 'https://news.example/t/{z}/{x}/{y}.png', attribution }
		},
		{
			why: 'another origin is refused',
			source: { template: 'https://tiles.elsewhere.example/{z}/{x}/{y}.png', attribution },
			expected: {
				kind: 'refused',
				template: 'https://tiles.elsewhere.example/{z}/{x}/{y}.png',
				origin: 'https://tiles.elsewhere.example'
			}
		},
		{
			why: 'another port is another origin',
			source: { template: 'https://news.example:8443/{z}/{x}/{y}.png', attribution },
			expected: {
				kind: 'refused',
				template: 'https://news.example:8443/{z}/{x}/{y}.png',
				origin: 'https://news.example:8443'
			}
		},
		{
			why: 'a protocol-relative address is refused',
			source: { template: '//cdn.example/{z}/{x}/{y}.png', attribution },
			expected: { kind: 'refused', template: '//cdn.example/{z}/{x}/{y}.png', origin: 'null' }
		}
	])('ownTiles: $why', ({ source, expected }) => {
		expect(ownTiles(source, page)).toEqual(expected);
	});
});

describe('escapeText', () => {
	it('escapeText keeps an attribution’s words and drops its markup', () => {
		expect(escapeText('© <b>Newsroom</b> & "partners"')).toBe(
			'© &lt;b&gt;Newsroom&lt;/b&gt; &amp; &quot;partners&quot;'
		);
	});
});
