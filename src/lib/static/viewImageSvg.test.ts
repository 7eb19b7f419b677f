import { describe, expect, it } from 'vitest';
import { escapeXml, viewImageSvg, wrapText } from './viewImageSvg';

describe('wrapText', () => {
	it.each([
		{ text: 'one two three', chars: 20, lines: 2, expected: ['one two three'] },
		{ text: 'one two three', chars: 8, lines: 2, expected: ['one two', 'three'] },
		{ text: 'one two three four', chars: 8, lines: 1, expected: ['one two…'] },
		{ text: '   ', chars: 8, lines: 2, expected: [] }
	])('wrapText("$text", $chars, $lines) is $expected', ({ text, chars, lines, expected }) => {
		expect(wrapText(text, chars, lines)).toEqual(expected);
	});
});

describe('viewImageSvg', () => {
	const image = {
		width: 1200,
		height: 630,
		title: 'Title <script>',
		dateLabel: '21 November 2023',
		sourceLabel: 'Source: A & B',
		attribution: 'Borders: Natural Earth',
		map: {
			width: 800,
			height: 400,
			countries: [{ id: 'a', name: 'A', d: 'M0,0L10,0L10,10Z' }],
			areas: [],
			markers: [
				{ id: 'kyiv', name: 'Kyiv', x: 10, y: 10 },
				{ id: 'skopje', name: 'Skopje', x: 20, y: 20 }
			]
		},
		timeline: {
			width: 1000,
			height: 100,
			ticks: [{ x: 0, label: '2023' }],
			eras: [],
			marks: [],
			marksTop: 32,
			aggregates: [],
			playheadX: 500
		}
	};

	it('viewImageSvg burns in title, date, source and credits as escaped text', () => {
		const svg = viewImageSvg(image);
		expect(svg).toContain('width="1200" height="630"');
		for (const value of [image.title, image.dateLabel, image.sourceLabel, image.attribution]) {
			expect(svg).toContain(escapeXml(value));
		}
		expect(svg).not.toContain('<script>');
	});

	it('viewImageSvg refers to nothing outside itself', () => {
		expect(viewImageSvg(image)).not.toMatch(/href|url\(|<image/);
	});

	it('viewImageSvg colours selected and unlit places apart', () => {
		const svg = viewImageSvg({
			...image,
			lit: new Set(['kyiv']),
			selectedPlaces: new Set(['kyiv'])
		});
		expect(svg).toContain('fill="#c2410c"');
		expect(svg).toContain('fill="#8a93a0"');
	});
});
