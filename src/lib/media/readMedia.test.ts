import { describe, expect, it } from 'vitest';
import type { Problem } from '$lib/data/model';
import { readMedia } from './readMedia';

const read = (raw: unknown) => {
	const problems: Problem[] = [];
	const media = readMedia(raw, 'event "e"', problems);
	return { media, problems: problems.map((p) => `${p.field} ${p.severity}: ${p.message}`) };
};

describe('readMedia(raw, row, problems)', () => {
	it('reads one object as a list of one and infers its kind', () => {
		const raw = { url: 'media/a.png', alt: 'A map', credit: 'Desk', width: 640, height: 480 };
		const frozen = Object.freeze({ ...raw });
		expect(read(frozen)).toEqual({ media: [{ ...raw, kind: 'image' }], problems: [] });
	});

	it('keeps a link-only item from older data (url, caption, credit) as an embed', () => {
		expect(read({ url: 'https://www.nato.int/', caption: 'NATO', credit: 'NATO' }).media).toEqual([
			{ url: 'https://www.nato.int/', caption: 'NATO', credit: 'NATO', kind: 'embed' }
		]);
	});

	it.each([
		{ raw: { url: 'a.jpg', credit: 'X' }, field: 'media.alt' },
		{ raw: { url: 'a.jpg', alt: 'Ships' }, field: 'media.credit' }
	])('warns on $field for an image', ({ raw, field }) => {
		const { media, problems } = read(raw);
		expect(media).toHaveLength(1);
		expect(problems).toEqual([expect.stringMatching(new RegExp(`^${field} warning`))]);
	});

	it('keeps an image without alt in the data, for exports', () => {
		const { media } = read([{ url: 'a.jpg', credit: 'X' }, { url: 'b.mp3' }]);
		expect(media?.map((item) => item.url)).toEqual(['a.jpg', 'b.mp3']);
	});

	it.each([
		'javascript:alert(1)',
		'data:image/png;base64,AAAA',
		'//evil.example/a.png',
		'/\\evil.example/a.png',
		'https://user@evil.example/a.png'
	])('drops %s with a warning on media.url', (url) => {
		const { media, problems } = read({ url, alt: 'x', credit: 'y' });
		expect(media).toBeUndefined();
		expect(problems).toEqual([expect.stringMatching(/^media\.url warning/)]);
	});

	it('names the item of a list and drops only the bad one', () => {
		const { media, problems } = read([{ url: 'a.mp3' }, { url: 'b.mp3', kind: 'hologram' }]);
		expect(media).toHaveLength(1);
		expect(problems).toEqual([
			expect.stringMatching(/^media\.kind warning: item 2: must be one of/)
		]);
	});

	it('drops bad tracks and posters but keeps the item', () => {
		const { media, problems } = read({
			url: 'v.mp4',
			poster: 'javascript:x',
			tracks: [
				{ src: 'v.en.vtt', srclang: 'en', label: 'English' },
				{ src: 'javascript:x', srclang: 'uk', label: 'Українська' }
			]
		});
		expect(media?.[0].poster).toBeUndefined();
		expect(media?.[0].tracks).toEqual([{ src: 'v.en.vtt', srclang: 'en', label: 'English' }]);
		expect(problems).toHaveLength(2);
	});

	it('reads at most the limit of items', () => {
		const items = Array.from({ length: 25 }, (_, i) => ({ url: `${i}.mp3` }));
		const { media, problems } = read(items);
		expect(media).toHaveLength(20);
		expect(problems).toEqual([expect.stringMatching(/^media warning: lists 25 items/)]);
	});

	it('treats caption and credit as text: markup stays visible characters', () => {
		const caption = '<img src=x onerror=alert(1)>';
		expect(read({ url: 'a.mp3', caption }).media?.[0].caption).toBe(caption);
	});
});
