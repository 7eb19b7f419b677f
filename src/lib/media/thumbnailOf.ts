import type { Media } from '$lib/data/schema';
import { placeMedia } from './placeMedia';

/**
 * The picture a row can show small: the first image with alt text on the app's own origin (or
 * an own poster). Nothing else qualifies, so a list of events never fetches from anywhere else.
 */
export function thumbnailOf(
	media: readonly Media[] | undefined,
	base: string,
	appOrigin: string
): string | undefined {
	if (!media) return undefined;
	for (const { item, source, poster } of placeMedia(media, base, appOrigin, undefined)) {
		if (source.type === 'own' && item.kind === 'image') return source.url;
		if (poster) return poster.url;
	}
	return undefined;
}
