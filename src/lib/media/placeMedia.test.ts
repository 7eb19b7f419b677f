import { describe, expect, it } from 'vitest';
import type { Media } from '$lib/data/schema';
import { placeMedia } from './placeMedia';

const app = 'https://maps.example';
const item = (extra: Partial<Media>): Media => ({ url: 'a.png', kind: 'image', ...extra });

describe('placeMedia(media, base, appOrigin, dataOrigin)', () => {
	it('reads paths against the data file and classifies the result', () => {
		const [placed] = placeMedia(
			[item({ alt: 'A map' })],
			'https://maps.example/examples/media.json',
			app,
			app
		);
		expect(placed.source).toEqual({
			type: 'own',
			from: 'app',
			url: 'https://maps.example/examples/a.png'
		});
	});

	it('turns a path into data-origin media when the data is elsewhere', () => {
		const [placed] = placeMedia(
			[item({ url: '/img/a.png', alt: 'A map' })],
			'https://data.example/d/story.json',
			app,
			'https://data.example'
		);
		expect(placed.source).toMatchObject({ type: 'own', from: 'data' });
	});

	it('leaves out own images without alt text and refused addresses, not links', () => {
		const placed = placeMedia(
			[
				item({ url: 'no-alt.png' }),
				item({ url: 'with-alt.png', alt: 'A map' }),
				item({ url: 'https://example.org/elsewhere.png' }),
				item({ url: 'javascript:alert(1)' })
			],
			'https://maps.example/data/events.json',
			app,
			app
		);
		expect(placed.map(({ item }) => item.url)).toEqual([
			'with-alt.png',
			'https://example.org/elsewhere.png'
		]);
	});

	it('keeps a poster and tracks only when they are own media', () => {
		const [placed] = placeMedia(
			[
				item({
					url: 'https://youtu.be/dQw4w9WgXcQ',
					kind: 'video',
					poster: 'https://i.ytimg.com/vi/x/hq.jpg',
					tracks: [
						{ src: 'v.vtt', srclang: 'en', label: 'English' },
						{ src: 'https://evil.example/v.vtt', label: 'Other' }
					]
				})
			],
			'https://maps.example/data/events.json',
			app,
			app
		);
		expect(placed.source.type).toBe('player');
		expect(placed.poster).toBeUndefined();
		expect(placed.tracks.map((track) => track.label)).toEqual(['English']);
	});
});
