import type { ParseResult, Problem } from '../model';
import { finishImport, type Labelled, type RowInput } from './finishImport';
import { readCsv } from './readCsv';
import { uniqueSlug } from './slugify';
import { timelineDate } from './timelineDate';
import { withTimelineTime } from './timelineTime';
import { plain, timelineEvent } from './timelineEvent';

/** Chronomap field names as the TimelineJS spreadsheet calls them. */
export const TIMELINE_CSV_FIELDS: Record<string, string> = {
	title: 'Headline',
	date: 'Year, Month, Day',
	end: 'End Year, End Month, End Day',
	note: 'Text',
	actor: 'Group',
	media: 'Media',
	'media.caption': 'Media Caption',
	'media.credit': 'Media Credit',
	'media.poster': 'Media Thumbnail'
};

/**
 * Reads the TimelineJS spreadsheet template saved as CSV. The `title` row names the dataset,
 * `era` rows become eras, every other row is an event without a place (the template has none).
 */
export function importTimelineCsv(
	text: string,
	options: { delimiter?: string; title?: string } = {}
): ParseResult {
	const { rows } = readCsv(text, options.delimiter);
	const problems: Problem[] = [];
	const events: Labelled<RowInput>[] = [];
	const eras: Labelled<RowInput>[] = [];
	const eventIds = new Set<string>();
	const eraIds = new Set<string>();
	let titleSlide: { headline: unknown; text: unknown } | undefined;
	for (const { line, values } of rows) {
		const label = `line ${line}`;
		const type = (values.type ?? '').trim().toLowerCase();
		if (type === 'title') {
			if (titleSlide) {
				problems.push({
					row: label,
					field: 'Type',
					message: 'is a second title row; only the first is used',
					severity: 'warning'
				});
			} else titleSlide = { headline: plain(values.headline), text: plain(values.text) };
			continue;
		}
		const start = withTimelineTime(timelineDate(values.year, values.month, values.day), {
			clock: values.time
		});
		const end = withTimelineTime(timelineDate(values.end_year, values.end_month, values.end_day), {
			clock: values.end_time
		});
		for (const [read, field] of [
			[start, 'Time'],
			[end, 'End Time']
		] as const) {
			if (read.ok && read.warning)
				problems.push({ row: label, field, message: read.warning, severity: 'warning' });
		}
		if (!start.ok || !end.ok) {
			if (!start.ok)
				problems.push({
					row: label,
					field: 'Year, Month, Day',
					message: start.message,
					severity: 'error'
				});
			if (!end.ok)
				problems.push({
					row: label,
					field: 'End Year, End Month, End Day',
					message: end.message,
					severity: 'error'
				});
			continue;
		}
		const headline = plain(values.headline);
		const slug = typeof headline === 'string' ? headline : '';
		if (type === 'era') {
			const id = uniqueSlug(slug, `era-${line}`, eraIds);
			eras.push({
				label,
				position: line,
				row: { id, title: headline, date: start.date, end: end.date }
			});
			continue;
		}
		const slide = {
			id: uniqueSlug(slug, `line-${line}`, eventIds),
			headline: values.headline,
			text: values.text,
			group: values.group,
			date: start.date,
			end: end.date,
			media: {
				url: values.media,
				caption: values.media_caption,
				credit: values.media_credit,
				thumbnail: values.media_thumbnail
			}
		};
		events.push({ label, position: line, row: timelineEvent(slide, label, problems) });
	}
	return finishImport({
		title: typeof titleSlide?.headline === 'string' ? titleSlide.headline : (options.title ?? ''),
		description: typeof titleSlide?.text === 'string' ? titleSlide.text : undefined,
		places: [],
		events,
		eras,
		problems,
		fields: TIMELINE_CSV_FIELDS
	});
}
