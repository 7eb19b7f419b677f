import { inferMediaKind } from './mediaKind';
import { PLAYER_ORIGINS, PROVIDER_HOSTS, type Provider } from './playerHosts';

/** Where a media item comes from, and so how it may be shown. */
export type MediaSource =
	/** The app's own files, or the data's own origin: shown inline. */
	| { type: 'own'; from: 'app' | 'data'; url: string }
	/** An allowlisted player: a facade until pressed, then an iframe from `frameOrigin` only. */
	| { type: 'player'; provider: Provider; host: string; frameOrigin: string; frameUrl: string }
	/** Any other host: a link that opens in a new tab. */
	| { type: 'link'; host: string; url: string }
	/** Not an http(s) address a reader could be sent to. */
	| { type: 'refused' };

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

/**
 * Classifies a resolved media address by its exact origin or host name (never by substring, so
 * `youtube.com.evil.example` is just another host). Players get their privacy-preserving frame
 * address: YouTube through youtube-nocookie.com, Vimeo with `dnt=1`.
 */
export function classifyMedia(url: string, appOrigin: string, dataOrigin?: string): MediaSource {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return { type: 'refused' };
	}
	if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { type: 'refused' };
	if (parsed.username !== '' || parsed.password !== '') return { type: 'refused' };
	if (parsed.origin === appOrigin) return { type: 'own', from: 'app', url: parsed.href };
	if (dataOrigin && parsed.origin === dataOrigin) {
		return { type: 'own', from: 'data', url: parsed.href };
	}
	const player = playerOf(parsed);
	if (player) {
		const [provider, frameUrl] = player;
		return {
			type: 'player',
			provider,
			host: PROVIDER_HOSTS[provider],
			frameOrigin: PLAYER_ORIGINS[provider],
			frameUrl
		};
	}
	return { type: 'link', host: parsed.hostname.replace(/^www\./, ''), url: parsed.href };
}

function playerOf(url: URL): [Provider, string] | undefined {
	const host = url.hostname.replace(/^(www|m)\./, '');
	const segments = url.pathname.split('/').filter(Boolean);
	if (host === 'youtube.com' || host === 'youtube-nocookie.com' || host === 'youtu.be') {
		const id =
			host === 'youtu.be'
				? segments[0]
				: segments[0] === 'watch'
					? url.searchParams.get('v')
					: ['embed', 'shorts', 'live'].includes(segments[0])
						? segments[1]
						: undefined;
		if (!id || !YOUTUBE_ID.test(id)) return undefined;
		return ['youtube', `${PLAYER_ORIGINS.youtube}/embed/${id}`];
	}
	if (host === 'vimeo.com' || url.hostname === 'player.vimeo.com') {
		const id =
			url.hostname === 'player.vimeo.com' && segments[0] === 'video' ? segments[1] : segments[0];
		if (!id || !/^\d{1,12}$/.test(id)) return undefined;
		return ['vimeo', `${PLAYER_ORIGINS.vimeo}/video/${id}?dnt=1`];
	}
	if (host === 'soundcloud.com' && segments.length >= 2) {
		const track = `https://soundcloud.com/${segments.map(encodeURIComponent).join('/')}`;
		return [
			'soundcloud',
			`${PLAYER_ORIGINS.soundcloud}/player/?url=${encodeURIComponent(track)}&auto_play=false`
		];
	}
	const file = commonsFile(url, segments);
	// Commons frames only its audio and video player (embedplayer=yes); a picture stays a link.
	if (file && inferMediaKind(file) !== 'image' && inferMediaKind(file) !== 'embed') {
		return [
			'commons',
			`${PLAYER_ORIGINS.commons}/wiki/File:${encodeURIComponent(file)}?embedplayer=yes`
		];
	}
	return undefined;
}

/** The Commons file a page or upload address names (`File:Name.ext`), if any. */
function commonsFile(url: URL, segments: string[]): string | undefined {
	const decoded = segments.map((segment) => {
		try {
			return decodeURIComponent(segment);
		} catch {
			return '';
		}
	});
	if (url.hostname === 'commons.wikimedia.org' && decoded[0] === 'wiki') {
		const match = /^File:(.+)$/.exec(decoded[1] ?? '');
		return match && segments.length === 2 ? match[1] : undefined;
	}
	if (
		url.hostname === 'upload.wikimedia.org' &&
		decoded[0] === 'wikipedia' &&
		decoded[1] === 'commons'
	) {
		// /wikipedia/commons/a/ab/Name.jpg, or …/thumb/a/ab/Name.jpg/320px-Name.jpg
		const name = decoded[2] === 'thumb' ? decoded[5] : decoded[4];
		return name || undefined;
	}
	return undefined;
}
