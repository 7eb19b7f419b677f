import { describe, expect, it } from 'vitest';
import { inferMediaKind } from './mediaKind';

describe('inferMediaKind(url)', () => {
	it.each([
		{ url: 'https://example.org/a/photo.JPG', expected: 'image' },
		{ url: 'https://example.org/a/photo.webp?size=2#x', expected: 'image' },
		{ url: '/examples/media/map.svg', expected: 'image' },
		{ url: 'media/clip.mp4', expected: 'video' },
		{ url: 'https://example.org/talk.webm', expected: 'video' },
		{ url: 'https://example.org/voice.mp3', expected: 'audio' },
		{ url: 'media/tone.wav', expected: 'audio' },
		{ url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', expected: 'video' },
		{ url: 'https://youtu.be/dQw4w9WgXcQ', expected: 'video' },
		{ url: 'https://vimeo.com/76979871', expected: 'video' },
		{ url: 'https://soundcloud.com/artist/track', expected: 'audio' },
		{ url: 'https://x.com/nato/status/1', expected: 'embed' },
		{ url: 'https://example.org/page', expected: 'embed' },
		{ url: 'https://example.org/.png', expected: 'embed' },
		{ url: 'http://[not a url', expected: 'embed' }
	])('$url is $expected', ({ url, expected }) => {
		expect(inferMediaKind(url)).toBe(expected);
	});
});
