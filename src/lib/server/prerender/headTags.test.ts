import { describe, expect, it } from 'vitest';
import { headTags } from './headTags';

const dataset = { title: 'War & "peace" <b>', description: 'What happened.' };
const content = (html: string, name: string) =>
	html.match(new RegExp(`(?:name|property)="${name}" content="([^"]*)"`))?.[1];

describe('headTags', () => {
	it('headTags with a site address writes absolute og:image and og:url', () => {
		const html = headTags(dataset, {
			siteUrl: 'https://news.example/chronomap/',
			pathname: '/embed/',
			imageFile: 'share-card.png'
		});
		expect(content(html, 'og:image')).toBe('https://news.example/chronomap/share-card.png');
		expect(content(html, 'og:url')).toBe('https://news.example/chronomap/embed/');
		expect(content(html, 'twitter:card')).toBe('summary_large_image');
	});

	it.each([undefined, '', 'news.example', 'javascript:alert(1)'])(
		'headTags with site address %j leaves og:image and og:url out',
		(siteUrl) => {
			const html = headTags(dataset, { siteUrl, pathname: '/', imageFile: 'share-card.png' });
			expect(content(html, 'og:image')).toBeUndefined();
			expect(content(html, 'og:url')).toBeUndefined();
			expect(content(html, 'og:title')).toBe('War &amp; &quot;peace&quot; &lt;b>');
			expect(content(html, 'description')).toBe('What happened.');
			expect(content(html, 'twitter:card')).toBe('summary');
		}
	);
});
