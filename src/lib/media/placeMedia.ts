import type { Media } from '$lib/data/schema';
import { classifyMedia, type MediaSource } from './classifyMedia';
import { resolveMedia } from './mediaAddress';

/** A media item with its address resolved and its source decided, ready to show. */
export interface PlacedMedia {
	item: Media;
	source: MediaSource;
	/** The poster, only when it is own media (a provider's thumbnail is never fetched). */
	poster?: Extract<MediaSource, { type: 'own' }>;
	tracks: { source: Extract<MediaSource, { type: 'own' }>; srclang?: string; label: string }[];
}

/**
 * Decides, for each item, where it comes from: paths are read against the data file's address,
 * then classified against the app's and the data's origins. Posters and caption tracks are kept
 * only when they are own media. What a reader must not see is left out: refused addresses, and
 * own images without alt text (a link to a picture elsewhere needs none).
 */
export function placeMedia(
	media: readonly Media[],
	base: string,
	appOrigin: string,
	dataOrigin: string | undefined
): PlacedMedia[] {
	const classify = (url: string): MediaSource => {
		const resolved = resolveMedia(url, base);
		return resolved ? classifyMedia(resolved.href, appOrigin, dataOrigin) : { type: 'refused' };
	};
	const own = (url: string | undefined) => {
		const source = url === undefined ? undefined : classify(url);
		return source?.type === 'own' ? source : undefined;
	};
	return media.flatMap((item) => {
		const source = classify(item.url);
		if (source.type === 'refused') return [];
		if (source.type === 'own' && item.kind === 'image' && !item.alt) return [];
		const tracks = (item.tracks ?? []).flatMap((track) => {
			const trackSource = own(track.src);
			return trackSource
				? [{ source: trackSource, srclang: track.srclang, label: track.label }]
				: [];
		});
		return [{ item, source, poster: own(item.poster), tracks }];
	});
}
