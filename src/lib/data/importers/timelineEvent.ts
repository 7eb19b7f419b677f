import type { Problem } from '../model';
import { importedMedia } from '$lib/media/importedMedia';
import type { RowInput } from './finishImport';
import { htmlToText } from './htmlToText';

/** TimelineJS text may hold HTML: it becomes plain text; '' means "not given". */
export function plain(value: unknown): unknown {
	if (typeof value === 'string') return htmlToText(value) || undefined;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return value ?? undefined;
}

export interface TimelineSlide {
	id: string;
	headline: unknown;
	text: unknown;
	group: unknown;
	date?: string;
	end?: string;
	media: { url: unknown; caption: unknown; credit: unknown; thumbnail?: unknown };
}

/**
 * A TimelineJS slide as a Chronomap event: the headline is the title (or the start of the text),
 * the text is the note, the group is the actor and the category; media keep their caption and
 * credit as plain text, and an image's caption stands in for its alt text (with a warning).
 */
export function timelineEvent(slide: TimelineSlide, label: string, problems: Problem[]): RowInput {
	const headline = plain(slide.headline);
	const note = plain(slide.text);
	const title = headline ?? (typeof note === 'string' ? shorten(note.split('\n')[0]) : undefined);
	return {
		id: slide.id,
		title,
		date: slide.date,
		end: slide.end,
		note,
		actor: plain(slide.group),
		// A group is also a category, so groups get colours and a legend (docs/data-format.md).
		category: plain(slide.group),
		kind: 'event',
		media: importedMedia(
			{
				url: slide.media.url,
				caption: plain(slide.media.caption),
				credit: plain(slide.media.credit),
				thumbnail: slide.media.thumbnail
			},
			label,
			problems
		)
	};
}

function shorten(text: string): string {
	return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
