import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetFile } from '../../src/lib/data/schema';

const DIST = 'node_modules/@knight-lab/timelinejs/dist';

interface TimelineJsDate {
	year: number;
	month?: number;
	day?: number;
}

/** "2023", "2023-11" or "2023-11-21" as TimelineJS's date object, keeping the precision. */
export function toTimelineJsDate(date: string): TimelineJsDate {
	const [year, month, day] = date.split('-').map(Number);
	return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

/** TimelineJS reads text fields as HTML; ours are plain text. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** An event's quote and note as TimelineJS's slide text: one paragraph each, escaped. */
function slideText(event: DatasetFile['events'][number]) {
	return [event.quote, event.note]
		.filter((text): text is string => Boolean(text))
		.map((text) => `<p>${escapeHtml(text)}</p>`)
		.join('');
}

/**
 * The same events in TimelineJS 3's JSON format, with as much to draw as Chronomap gets:
 * headline from the title, text from the quote and the note, and the same eras.
 */
export function toTimelineJs(dataset: DatasetFile) {
	return {
		title: { text: { headline: escapeHtml(dataset.title), text: '' } },
		events: dataset.events.map((event) => ({
			unique_id: event.id,
			start_date: toTimelineJsDate(event.date),
			...(event.end ? { end_date: toTimelineJsDate(event.end) } : {}),
			text: { headline: escapeHtml(event.title), text: slideText(event) }
		})),
		eras: (dataset.eras ?? []).map((era) => ({
			start_date: toTimelineJsDate(era.date),
			end_date: toTimelineJsDate(era.end),
			text: { headline: escapeHtml(era.title) }
		}))
	};
}

/** A host page as TimelineJS's own instructions give it, with the files served locally. */
const HOST_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>TimelineJS</title>
<link title="timeline-styles" rel="stylesheet" href="css/timeline.css">
<script id="timeline-script-tag" src="js/timeline.js"></script>
<style>html, body { margin: 0; height: 100%; } #timeline { width: 100%; height: 100vh; }</style>
</head>
<body>
<div id="timeline"></div>
<script>
	var data = new URLSearchParams(location.search).get('data') || 'article.json';
	window.timeline = new TL.Timeline('timeline', data);
</script>
</body>
</html>
`;

/** Writes the TimelineJS host page, its script, styles and icon font, and the datasets. */
export function writeTimelineJsSite(dir: string, datasets: Record<string, DatasetFile>) {
	mkdirSync(join(dir, 'js'), { recursive: true });
	mkdirSync(join(dir, 'css'), { recursive: true });
	cpSync(join(DIST, 'js/timeline.js'), join(dir, 'js/timeline.js'));
	cpSync(join(DIST, 'css/timeline.css'), join(dir, 'css/timeline.css'));
	cpSync(join(DIST, 'css/icons'), join(dir, 'css/icons'), { recursive: true });
	writeFileSync(join(dir, 'index.html'), HOST_PAGE);
	for (const [name, dataset] of Object.entries(datasets)) {
		writeFileSync(join(dir, `${name}.json`), JSON.stringify(toTimelineJs(dataset)));
	}
}
