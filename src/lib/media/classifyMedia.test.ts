import { describe, expect, it } from 'vitest';
import { classifyMedia } from './classifyMedia';

const app = 'https://maps.example';
const data = 'https://data.example';

describe('classifyMedia(url, appOrigin, dataOrigin)', () => {
	it.each([
		{ url: 'https://maps.example/examples/media/a.svg', expected: { type: 'own', from: 'app' } },
		{ url: 'https://data.example/photos/a.jpg', expected: { type: 'own', from: 'data' } },
		{ url: 'http://maps.example/a.png', expected: { type: 'link', host: 'maps.example' } },
		{ url: 'https://maps.example:8443/a.png', expected: { type: 'link', host: 'maps.example' } }
	])('$url is own only on the exact origin', ({ url, expected }) => {
		expect(classifyMedia(url, app, data)).toMatchObject(expected);
	});

	it.each([
		{
			url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42',
			frameUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'
		},
		{
			url: 'https://youtu.be/dQw4w9WgXcQ',
			frameUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'
		},
		{
			url: 'https://m.youtube.com/shorts/dQw4w9WgXcQ',
			frameUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'
		},
		{
			url: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
			frameUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'
		},
		{
			url: 'https://vimeo.com/76979871',
			frameUrl: 'https://player.vimeo.com/video/76979871?dnt=1'
		},
		{
			url: 'https://player.vimeo.com/video/76979871?autoplay=1',
			frameUrl: 'https://player.vimeo.com/video/76979871?dnt=1'
		},
		{
			url: 'https://soundcloud.com/some-artist/a-track',
			frameUrl:
				'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fsome-artist%2Fa-track&auto_play=false'
		},
		{
			url: 'https://commons.wikimedia.org/wiki/File:Speech.ogg',
			frameUrl: 'https://commons.wikimedia.org/wiki/File:Speech.ogg?embedplayer=yes'
		},
		{
			url: 'https://upload.wikimedia.org/wikipedia/commons/a/ab/Launch%20video.webm',
			frameUrl: 'https://commons.wikimedia.org/wiki/File:Launch%20video.webm?embedplayer=yes'
		}
	])('$url plays in $frameUrl', ({ url, frameUrl }) => {
		const source = classifyMedia(url, app, data);
		expect(source).toMatchObject({ type: 'player', frameUrl });
		if (source.type === 'player') expect(new URL(source.frameUrl).origin).toBe(source.frameOrigin);
	});

	it.each([
		{ url: 'https://x.com/nato/status/1727', host: 'x.com' },
		{ url: 'https://twitter.com/nato/status/1727', host: 'twitter.com' },
		{ url: 'https://www.tiktok.com/@someone/video/1', host: 'tiktok.com' },
		{ url: 'https://www.instagram.com/p/abc/', host: 'instagram.com' },
		{
			url: 'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
			host: 'youtube.com.evil.example'
		},
		{ url: 'https://evil-youtube.com/watch?v=dQw4w9WgXcQ', host: 'evil-youtube.com' },
		{ url: 'https://notvimeo.com/76979871', host: 'notvimeo.com' },
		{ url: 'https://www.youtube.com/watch?v=short', host: 'youtube.com' },
		{ url: 'https://www.youtube.com/channel/abc', host: 'youtube.com' },
		{ url: 'https://vimeo.com/channels/staffpicks', host: 'vimeo.com' },
		{ url: 'https://soundcloud.com/only-an-artist', host: 'soundcloud.com' },
		{ url: 'https://commons.wikimedia.org/wiki/File:Photo.jpg', host: 'commons.wikimedia.org' },
		{ url: 'https://commons.wikimedia.org/wiki/Main_Page', host: 'commons.wikimedia.org' },
		{ url: 'https://data.example.evil.example/a.jpg', host: 'data.example.evil.example' },
		{ url: 'https://maps.example.evil.example/a.jpg', host: 'maps.example.evil.example' }
	])('$url is only a link to $host', ({ url, host }) => {
		expect(classifyMedia(url, app, data)).toEqual({ type: 'link', host, url: new URL(url).href });
	});

	it.each([
		'javascript:alert(1)',
		'data:image/svg+xml,<svg onload=alert(1)>',
		'blob:https://maps.example/1',
		'file:///etc/passwd',
		'https://maps.example@evil.example/a.png',
		'https://youtube.com:x@evil.example/watch?v=dQw4w9WgXcQ',
		'not a url'
	])('%s is refused', (url) => {
		expect(classifyMedia(url, app, data)).toEqual({ type: 'refused' });
	});

	it('without a data origin nothing off the app is own', () => {
		expect(classifyMedia('https://data.example/a.jpg', app)).toMatchObject({ type: 'link' });
	});
});
