import { describe, expect, it } from 'vitest';
import type { Problem } from '$lib/data/model';
import { importedMedia, type ForeignMedia } from './importedMedia';

const run = (media: ForeignMedia) => {
	const problems: Problem[] = [];
	const item = importedMedia(media, 'line 2', problems);
	return { item, fields: problems.map((p) => p.field) };
};

describe('importedMedia(media, label, problems)', () => {
	it.each([
		{
			name: 'an image without alt takes its caption as alt, with a warning',
			media: { url: 'https://example.org/a.jpg', caption: 'Ships', credit: 'AP' },
			item: { url: 'https://example.org/a.jpg', alt: 'Ships', caption: 'Ships', credit: 'AP' },
			fields: ['media.alt']
		},
		{
			name: 'an image with alt keeps it',
			media: { url: 'a.png', alt: 'Map', caption: 'Front line' },
			item: { url: 'a.png', alt: 'Map', caption: 'Front line' },
			fields: []
		},
		{
			name: 'a video does not borrow its caption',
			media: { url: 'https://youtu.be/dQw4w9WgXcQ', caption: 'Speech', thumbnail: 'thumb.png' },
			item: { url: 'https://youtu.be/dQw4w9WgXcQ', caption: 'Speech', poster: 'thumb.png' },
			fields: []
		},
		{
			name: 'an empty url is no media',
			media: { url: '  ', caption: 'x' },
			item: undefined,
			fields: []
		},
		{
			name: 'a script address is left out',
			media: { url: 'javascript:alert(1)' },
			item: undefined,
			fields: ['media']
		},
		{
			name: 'a bad thumbnail is dropped silently',
			media: { url: 'clip.mp4', thumbnail: 'javascript:x' },
			item: { url: 'clip.mp4' },
			fields: []
		}
	])('$name', ({ media, item, fields }) => {
		expect(run(media)).toEqual({ item, fields });
	});
});
