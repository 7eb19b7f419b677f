import type { ParseResult, Problem } from '../model';
import { finishImport, type Labelled, type RowInput } from './finishImport';
import { uniqueSlug } from './slugify';
import { timelineDate, type TimelineDate } from './timelineDate';
import { withTimelineTime } from './timelineTime';
import { plain, timelineEvent } from './timelineEvent';

/** Chronomap field names as TimelineJS 3 JSON calls them. */
export const TIMELINE_JSON_FIELDS: Record<string, string> = {
	id: 'unique_id',
	title: 'text.headline',
	date: 'start_date',
	end: 'end_date',
	note: 'text.text',
	actor: 'group'
};

type Json = Record<string, unknown>;
const record = (value: unknown): Json | undefined =>
	value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;

/**
 * Reads TimelineJS 3 JSON: the `title` slide names the dataset, `events` become events without
 * places and `eras` become eras. Rows are named by position ("event #3").
 */
export function importTimelineJson(json: unknown, options: { title?: string } = {}): ParseResult {
	const file = record(json) ?? {};
	const problems: Problem[] = [];
	const list = (name: string) => {
		if (file[name] === undefined && name === 'eras') return [];
		if (Array.isArray(file[name])) return file[name] as unknown[];
		problems.push({ row: 'file', field: name, message: 'must be a list', severity: 'error' });
		return [];
	};
	const events: Labelled<RowInput>[] = [];
	const eventList = list('events');
	const eventIds = new Set(
		eventList
			.map((raw) => record(raw)?.unique_id)
			.filter((id) => typeof id === 'string' || typeof id === 'number')
			.map(String)
	);
	eventList.forEach((raw, index) => {
		const label = `event #${index + 1}`;
		const slide = readSlide(raw, label, problems);
		if (!slide) return;
		const uniqueId =
			typeof slide.raw.unique_id === 'string' || typeof slide.raw.unique_id === 'number';
		const id = uniqueId
			? String(slide.raw.unique_id)
			: uniqueSlug(slide.headlineText, `event-${index + 1}`, eventIds);
		const media = record(slide.raw.media) ?? {};
		const row = timelineEvent(
			{
				id,
				headline: slide.text.headline,
				text: slide.text.text,
				group: slide.raw.group,
				date: slide.date,
				end: slide.end,
				media: {
					url: media.url,
					caption: media.caption,
					credit: media.credit,
					thumbnail: media.thumbnail
				}
			},
			label,
			problems
		);
		events.push({ label, position: index + 1, row });
	});
	const eras: Labelled<RowInput>[] = [];
	const eraIds = new Set<string>();
	list('eras').forEach((raw, index) => {
		const label = `era #${index + 1}`;
		const slide = readSlide(raw, label, problems);
		if (!slide) return;
		const id = uniqueSlug(slide.headlineText, `era-${index + 1}`, eraIds);
		const row = { id, title: plain(slide.text.headline), date: slide.date, end: slide.end };
		eras.push({ label, position: 1e9 + index + 1, row });
	});
	const title = record(record(file.title)?.text) ?? {};
	const titleText = plain(title.headline);
	const description = plain(title.text);
	return finishImport({
		title: typeof titleText === 'string' ? titleText : (options.title ?? ''),
		description: typeof description === 'string' ? description : undefined,
		places: [],
		events,
		eras,
		problems,
		fields: TIMELINE_JSON_FIELDS
	});
}

/** The parts every slide shares: its dates and its text. */
function readSlide(raw: unknown, label: string, problems: Problem[]) {
	const slide = record(raw);
	if (!slide) {
		problems.push({ row: label, field: '', message: 'is not an object', severity: 'error' });
		return null;
	}
	const start = readDate(slide.start_date, 'start_date', label, problems);
	const end = readDate(slide.end_date, 'end_date', label, problems);
	if (!start.ok || !end.ok) return null;
	const text = record(slide.text) ?? {};
	const headline = plain(text.headline);
	return {
		raw: slide,
		text,
		date: start.date,
		end: end.date,
		headlineText: typeof headline === 'string' ? headline : ''
	};
}

function readDate(value: unknown, field: string, label: string, problems: Problem[]): TimelineDate {
	if (value !== undefined && value !== null && !record(value)) {
		problems.push({
			row: label,
			field,
			message: 'must be an object with year, month and day',
			severity: 'error'
		});
		return { ok: false, message: '' };
	}
	const parts = record(value) ?? {};
	const date = withTimelineTime(timelineDate(parts.year, parts.month, parts.day), parts);
	if (!date.ok) problems.push({ row: label, field, message: date.message, severity: 'error' });
	else if (date.warning)
		problems.push({ row: label, field, message: date.warning, severity: 'warning' });
	return date;
}
