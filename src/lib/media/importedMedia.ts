import type { Problem } from '$lib/data/model';
import type { MediaInput } from '$lib/data/schema';
import { mediaAddress } from './mediaAddress';
import { inferMediaKind } from './mediaKind';

/** Media as another format writes it, its texts already plain. */
export interface ForeignMedia {
	url: unknown;
	alt?: unknown;
	caption?: unknown;
	credit?: unknown;
	/** TimelineJS's `Media Thumbnail`: kept as the item's poster. */
	thumbnail?: unknown;
}

const textOf = (value: unknown) =>
	typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/**
 * An importer's media as a Chronomap media item. Formats without alt text (TimelineJS,
 * StoryMapJS) give an image its caption as alt, with a warning that asks someone to check it.
 */
export function importedMedia(
	media: ForeignMedia,
	label: string,
	problems: Problem[],
	urlField = 'media'
): MediaInput | undefined {
	const written = textOf(media.url);
	if (!written) return undefined;
	const url = mediaAddress(written);
	if (!url) {
		const shown = written.length > 60 ? `${written.slice(0, 60)}…` : written;
		const message = `"${shown}" is not an http(s) link, so it was left out`;
		problems.push({ row: label, field: urlField, message, severity: 'warning' });
		return undefined;
	}
	const caption = textOf(media.caption);
	let alt = textOf(media.alt);
	if (!alt && caption && inferMediaKind(url) === 'image') {
		alt = caption;
		const message =
			'the file has no alt text, so the caption is used as the image’s alt text: check that it describes the picture';
		problems.push({ row: label, field: 'media.alt', message, severity: 'warning' });
	}
	const thumbnail = textOf(media.thumbnail);
	const poster = thumbnail ? mediaAddress(thumbnail) : undefined;
	return {
		url,
		...(alt ? { alt } : {}),
		...(caption ? { caption } : {}),
		...(textOf(media.credit) ? { credit: textOf(media.credit) } : {}),
		...(poster ? { poster } : {})
	};
}
