import * as v from 'valibot';
import { describeIssues } from '$lib/data/describeIssues';
import { LIMITS } from '$lib/data/limits';
import type { Problem } from '$lib/data/model';
import { MediaSchema, type Media } from '$lib/data/schema';
import { mediaAddress } from './mediaAddress';
import { inferMediaKind } from './mediaKind';

/**
 * An event's media as a list, one item or many: a bad item is dropped with a warning and never
 * costs the event; an image without alt text is kept (so exports keep it) but reported, and
 * `placeMedia` leaves it out of view until it has some.
 */
export function readMedia(raw: unknown, row: string, problems: Problem[]): Media[] | undefined {
	if (raw === undefined || raw === null) return undefined;
	let items = Array.isArray(raw) ? raw : [raw];
	if (items.length > LIMITS.mediaPerEvent) {
		const message = `lists ${items.length} items, more than the limit of ${LIMITS.mediaPerEvent}: only the first ${LIMITS.mediaPerEvent} are read`;
		problems.push({ row, field: 'media', message, severity: 'warning' });
		items = items.slice(0, LIMITS.mediaPerEvent);
	}
	const list = Array.isArray(raw);
	const media = items.flatMap((item, index) => {
		const which = list ? `item ${index + 1}: ` : '';
		const warn = (field: string, message: string) =>
			problems.push({
				row,
				field: `media.${field}`,
				message: which + message,
				severity: 'warning'
			});
		const result = v.safeParse(MediaSchema, item);
		if (!result.success) {
			for (const problem of describeIssues(result.issues, row, 'warning')) {
				const field = problem.field ? `media.${problem.field}` : 'media';
				problems.push({ ...problem, field, message: which + problem.message });
			}
			return [];
		}
		const read = result.output;
		const url = mediaAddress(read.url);
		if (!url) {
			warn(
				'url',
				`"${read.url.slice(0, 60)}" is not an http(s) address or a relative path, so it was left out`
			);
			return [];
		}
		const out: Media = { ...read, url, kind: read.kind ?? inferMediaKind(url) };
		if (read.poster !== undefined) {
			out.poster = mediaAddress(read.poster);
			if (!out.poster) warn('poster', 'is not an http(s) address or a relative path');
		}
		if (read.tracks) {
			out.tracks = read.tracks.filter((track) => {
				const src = mediaAddress(track.src);
				if (!src)
					warn(
						'tracks.src',
						`"${track.src.slice(0, 60)}" is not an http(s) address or a relative path`
					);
				return src !== undefined;
			});
		}
		if (out.kind === 'image' && !out.alt) {
			warn(
				'alt',
				'an image needs alt text (what it shows, for readers who cannot see it); it is not shown until it has some'
			);
		}
		if (out.kind === 'image' && !out.credit) warn('credit', 'an image should credit who made it');
		return [out];
	});
	return media.length > 0 ? media : undefined;
}
