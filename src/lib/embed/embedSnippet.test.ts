import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl, type SnippetOptions } from './embedSnippet';

const base: SnippetOptions = {
	appUrl: 'https://maps.example.org/chronomap',
	state: {},
	title: 'NATO, the Balkans and Ukraine: timeline and map',
	height: 640,
	controls: true,
	list: false,
	autosize: true
};

describe('embedUrl', () => {
	const table = [
		{ change: {}, expected: 'https://maps.example.org/chronomap/embed/' },
		{
			change: { state: { event: 'crimea-referendum-2014', theme: 'dark' as const } },
			expected: 'https://maps.example.org/chronomap/embed/?event=crimea-referendum-2014&theme=dark'
		},
		{
			change: { controls: false, list: true },
			expected: 'https://maps.example.org/chronomap/embed/?controls=0&list=1'
		},
		{
			change: { gestures: 'cooperative' as const },
			expected: 'https://maps.example.org/chronomap/embed/'
		},
		{
			change: { gestures: 'greedy' as const },
			expected: 'https://maps.example.org/chronomap/embed/?gestures=greedy'
		}
	];
	it.each(table)('$expected', ({ change, expected }) => {
		expect(embedUrl({ ...base, ...change })).toBe(expected);
	});
});

describe('embedSnippet', () => {
	it('gives an iframe with a title, lazy loading and the sizing script', () => {
		const html = embedSnippet({ ...base, state: { event: 'a', time: Date.UTC(2019, 1, 6) } });
		expect(html).toBe(
			'<iframe src="https://maps.example.org/chronomap/embed/?event=a&amp;t=2019-02-06" ' +
				'title="NATO, the Balkans and Ukraine: timeline and map" width="100%" height="640" ' +
				'style="border:0;width:100%;max-width:100%" allow="fullscreen" loading="lazy" referrerpolicy="no-referrer"></iframe>\n' +
				'<script src="https://maps.example.org/chronomap/embed.js" async></script>'
		);
	});

	it('escapes a hostile title and omits the script when not asked', () => {
		const html = embedSnippet({ ...base, title: '"><script>alert(1)</script>', autosize: false });
		expect(html).not.toContain('<script>');
		expect(html).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
	});
});
