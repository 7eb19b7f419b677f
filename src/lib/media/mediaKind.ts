import type { MediaKind } from '$lib/data/schema';

const BY_EXTENSION: Record<string, MediaKind> = {
	jpg: 'image',
	jpeg: 'image',
	png: 'image',
	gif: 'image',
	webp: 'image',
	avif: 'image',
	svg: 'image',
	mp4: 'video',
	m4v: 'video',
	webm: 'video',
	ogv: 'video',
	mov: 'video',
	mp3: 'audio',
	m4a: 'audio',
	aac: 'audio',
	wav: 'audio',
	oga: 'audio',
	ogg: 'audio',
	opus: 'audio',
	flac: 'audio'
};

const PLAYER_KINDS: Record<string, MediaKind> = {
	'youtube.com': 'video',
	'youtu.be': 'video',
	'youtube-nocookie.com': 'video',
	'vimeo.com': 'video',
	'soundcloud.com': 'audio'
};

/**
 * What a media address most likely holds, for data that does not say: the file's extension
 * first, then the few hosts whose kind is known; anything else is an embed (a page).
 */
export function inferMediaKind(url: string): MediaKind {
	let parsed: URL;
	try {
		parsed = new URL(url, 'https://relative.invalid/');
	} catch {
		return 'embed';
	}
	const file = parsed.pathname.split('/').pop() ?? '';
	const dot = file.lastIndexOf('.');
	const byFile = dot > 0 ? BY_EXTENSION[file.slice(dot + 1).toLowerCase()] : undefined;
	if (byFile) return byFile;
	const host = parsed.hostname.replace(/^(www|m|player|w)\./, '');
	return PLAYER_KINDS[host] ?? 'embed';
}
