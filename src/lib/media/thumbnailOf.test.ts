import { describe, expect, it } from 'vitest';
import type { Media } from '$lib/data/schema';
import { thumbnailOf } from './thumbnailOf';

const base = 'https://maps.example/examples/media.json';
const app = 'https://maps.example';
const image = (url: string, alt?: string): Media => ({ url, kind: 'image', alt });

describe('thumbnailOf(media, base, appOrigin)', () => {
	it.each([
		{ name: 'no media', media: undefined, expected: undefined },
		{
			name: 'the first own image with alt text',
			media: [image('a.png'), image('b.png', 'B'), image('c.png', 'C')],
			expected: 'https://maps.example/examples/b.png'
		},
		{
			name: 'never an image on another host',
			media: [image('https://data.example/a.png', 'A')],
			expected: undefined
		},
		{
			name: 'an own poster of a player',
			media: [{ url: 'https://youtu.be/dQw4w9WgXcQ', kind: 'video', poster: '/p.png' } as Media],
			expected: 'https://maps.example/p.png'
		},
		{
			name: 'never a provider thumbnail',
			media: [
				{
					url: 'https://youtu.be/dQw4w9WgXcQ',
					kind: 'video',
					poster: 'https://i.ytimg.com/vi/dQw4w9WgXcQ/hq.jpg'
				} as Media
			],
			expected: undefined
		}
	])('$name', ({ media, expected }) => {
		expect(thumbnailOf(media, base, app)).toBe(expected);
	});
});
