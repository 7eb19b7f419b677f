import type { ParseResult, Problem } from '../model';
import { LIMITS } from '../limits';
import { safeHttpUrl } from '../safeHttpUrl';
import { finishImport, type Labelled, type RowInput } from './finishImport';
import { readCoordinates } from './readCoordinates';
import { uniqueSlug } from './slugify';
import { storyMapDate } from './storyMapDate';
import { plain } from './timelineEvent';
import { importedMedia } from '$lib/media/importedMedia';

type Json = Record<string, unknown>;
const record = (value: unknown): Json | undefined =>
	value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
const words = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** StoryMapJS's field names, for problems named in the file's own terms. */
export const STORYMAP_FIELDS: Record<string, string> = {
	title: 'text.headline',
	note: 'text.text',
	date: 'date',
	places: 'location'
};

/**
 * The box a StoryMapJS location shows at its zoom: about what a 1,000 px wide map at that zoom
 * covers (StoryMapJS zooms are Leaflet's), so an undated step still frames its place. The box is
 * centred on the place: near 180° it runs across it, written as a story frame across 180° is,
 * west greater than east (Fiji: 156° to -160°), rather than cut off at the edge of the world.
 */
function boundsAround(lat: number, lon: number, zoom: unknown): [number, number, number, number] {
	const z = typeof zoom === 'number' && zoom >= 1 && zoom <= 18 ? zoom : 6;
	const halfLon = Math.min(180, 700 / 2 ** z);
	const halfLat = Math.min(85, halfLon / 2);
	const south = Math.max(-90, lat - halfLat);
	const north = Math.min(90, lat + halfLat);
	// Wider than half the world, a frame across 180° could be read the other way round: the whole
	// world is framed instead (west greater than east means across 180° only up to 180° wide).
	if (halfLon > 90) return [-180, south, 180, north];
	const wrap = (longitude: number) =>
		longitude > 180 ? longitude - 360 : longitude < -180 ? longitude + 360 : longitude;
	return [wrap(lon - halfLon), south, wrap(lon + halfLon), north];
}

/**
 * Reads StoryMapJS JSON (`{storymap: {slides}}`): the overview slide names the dataset; every
 * other slide becomes a story step (headline, text as plain text, its location as a place and
 * the step's frame, media as a link never loaded); a slide whose date reads at some precision
 * is also an event at that precision; one whose date does not (no year, prose) stays an
 * undated step, with a warning naming the slide.
 */
export function importStoryMap(json: unknown, options: { title?: string } = {}): ParseResult {
	const problems: Problem[] = [];
	const slides = record(record(json)?.storymap)?.slides;
	if (!Array.isArray(slides)) {
		return {
			dataset: null,
			problems: [
				{ row: 'file', field: 'storymap.slides', message: 'must be a list', severity: 'error' }
			]
		};
	}
	let title = options.title ?? '';
	let description: string | undefined;
	const places: Labelled<RowInput>[] = [];
	const placeAt = new Map<string, string>();
	const placeIds = new Set<string>();
	const events: Labelled<RowInput>[] = [];
	const steps: RowInput[] = [];
	const ids = new Set<string>();
	slides.slice(0, LIMITS.storySteps + 1).forEach((raw, index) => {
		const label = `slide #${index + 1}`;
		const slide = record(raw);
		if (!slide) {
			problems.push({ row: label, field: '', message: 'is not a slide', severity: 'error' });
			return;
		}
		const text = record(slide.text) ?? {};
		const headline = plain(text.headline);
		const body = plain(text.text);
		if (slide.type === 'overview') {
			if (typeof headline === 'string') title = headline;
			if (typeof body === 'string') description = body;
			return;
		}
		const stepTitle = typeof headline === 'string' ? headline : `Slide ${index + 1}`;
		const id = uniqueSlug(stepTitle, `slide-${index + 1}`, ids);
		// Each line of the slide's text is a paragraph: a step's paragraphs are split by blank lines.
		const paragraphs = typeof body === 'string' ? body.split(/\n+/).join('\n\n') : '';
		const step: RowInput = { id, title: stepTitle, text: paragraphs };
		const location = record(slide.location);
		let placeId: string | undefined;
		if (location && (location.lat !== undefined || location.lon !== undefined)) {
			const point = readCoordinates(location.lat, location.lon);
			if (point.ok) {
				const key = `${point.lat},${point.lon}`;
				placeId = placeAt.get(key);
				if (!placeId) {
					const name = words(location.name)?.trim() || stepTitle;
					placeId = uniqueSlug(name, `place-${index + 1}`, placeIds);
					placeAt.set(key, placeId);
					places.push({
						label,
						position: index + 1,
						row: { id: placeId, name, lat: point.lat, lon: point.lon }
					});
				}
				step.bounds = boundsAround(point.lat, point.lon, location.zoom);
			} else {
				for (const { field, message } of point.problems)
					problems.push({ row: label, field: `location.${field}`, message, severity: 'warning' });
			}
		}
		const media = record(slide.media);
		const url = safeHttpUrl(words(media?.url));
		if (url) {
			step.media = {
				url,
				caption: plain(media?.caption),
				credit: plain(media?.credit)
			};
		}
		const written = words(slide.date)?.trim();
		if (written) {
			const date = storyMapDate(written);
			if (date) {
				events.push({
					label,
					position: index + 1,
					row: {
						id,
						title: stepTitle,
						date,
						places: placeId ? [placeId] : [],
						note: typeof body === 'string' ? body : undefined,
						media: url
							? importedMedia(
									{ url, caption: plain(media?.caption), credit: plain(media?.credit) },
									label,
									problems
								)
							: undefined
					}
				});
				step.event = id;
			} else {
				problems.push({
					row: label,
					field: 'date',
					message: `"${written.slice(0, 40)}" is not a date with a year (such as "March 2014" or "2014-03-16"): the step stays undated`,
					severity: 'warning'
				});
			}
		}
		steps.push(step);
	});
	return finishImport({
		title,
		description,
		places,
		events,
		eras: [],
		story: { title: title || undefined, steps },
		problems,
		fields: STORYMAP_FIELDS
	});
}
