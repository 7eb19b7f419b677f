import { describe, expect, it } from 'vitest';
import { IMAGE_HEIGHT, IMAGE_WIDTH, composeViewImage, partSvg } from './composeViewImage';

const picture = {
	title: 'Borders <redrawn> & "kept"',
	dateLabel: 'As of 16 March 2014',
	sourceLabel: 'Source: An article, 2024',
	attribution: 'Leaflet | Borders: Natural Earth',
	map: { width: 600, height: 300, markup: '<circle cx="10" cy="10" r="4"/>' },
	timeline: { width: 600, height: 120, markup: '<line x1="0" x2="600" y1="20" y2="20"/>' }
};

describe('composeViewImage', () => {
	it('composeViewImage has the fixed picture size whatever the parts measure', () => {
		for (const map of [picture.map, { ...picture.map, width: 300, height: 900 }]) {
			const svg = composeViewImage({ ...picture, map });
			expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}"`));
		}
	});

	it('composeViewImage burns in title, date, source and credits as escaped text', () => {
		const svg = composeViewImage(picture);
		expect(svg).toContain('Borders &lt;redrawn&gt; &amp; &quot;kept&quot;');
		expect(svg).not.toContain('<redrawn>');
		for (const value of [picture.dateLabel, picture.sourceLabel, picture.attribution])
			expect(svg).toContain(`>${value}</text>`);
	});

	it('composeViewImage keeps both parts, each in its own view box', () => {
		const svg = composeViewImage(picture);
		expect(svg).toContain('viewBox="0 0 600 300"');
		expect(svg).toContain('viewBox="0 0 600 120"');
		expect(svg).toContain(picture.map.markup);
		expect(svg).toContain(picture.timeline.markup);
	});

	it.each([
		['map', picture.map],
		['timeline', picture.timeline]
	])('composeViewImage cuts the %s at its own box, whatever reaches past it', (_, part) => {
		const svg = composeViewImage(picture);
		expect(svg).toContain(
			`<svg width="${part.width}" height="${part.height}" overflow="hidden">${part.markup}</svg>`
		);
	});

	it('partSvg gives a standalone file of the part at its own size', () => {
		expect(partSvg(picture.timeline)).toMatch(
			/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="600" height="120"/
		);
	});
});
