import type { Problem } from '../model';
import { safeHttpUrl } from '../safeHttpUrl';
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
	media: { url: unknown; caption: unknown; credit: unknown };
}

/**
 * A TimelineJS slide as a Chronomap event: the headline is the title (or the start of the text),
 * the text is the note, the group is the actor and the category, and media stay a link that is never loaded.
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
		media: timelineMedia(slide.media, label, problems)
	};
}

function timelineMedia(media: TimelineSlide['media'], label: string, problems: Problem[]) {
	const url = typeof media.url === 'string' ? media.url.trim() : '';
	if (url === '') return undefined;
	if (!safeHttpUrl(url)) {
		const shown = url.length > 60 ? `${url.slice(0, 60)}…` : url;
		const message = `"${shown}" is not an http(s) link, so it was left out`;
		problems.push({ row: label, field: 'media', message, severity: 'warning' });
		return undefined;
	}
	return { url, caption: plain(media.caption), credit: plain(media.credit) };
}

function shorten(text: string): string {
	return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
