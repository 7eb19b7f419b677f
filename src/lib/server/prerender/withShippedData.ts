import type { ShippedParts } from '$lib/data/shippedResult';
import { DATASET_ID, EVENT_DATA_ATTRIBUTE } from '$lib/static/takeOver';

/** Data the app reads back (`$lib/static/takeOver`); `writeShipped` made the text script-safe. */
const dataScript = (text: string, attribute: string) =>
	`<script type="application/json" ${attribute}>${text}</script>`;

const ROW = /<tr data-event-id="[^"<>]*">/g;

/**
 * Writes the shipped dataset into the rendered first view beside what shows the same texts, so
 * gzip stores each text once: the head (all but the events) after the view's header, each
 * event at the start of its row of the list (a script element may sit in a table row). The rows
 * are the dataset's events in order; a view whose rows do not match stops the build.
 */
export function withShippedData(body: string, shipped: ShippedParts | null): string {
	if (!shipped) return body;
	let row = 0;
	const withRows = body.replace(ROW, (tag) => {
		const text = shipped.events[row++];
		return text === undefined ? tag : tag + dataScript(text, EVENT_DATA_ATTRIBUTE);
	});
	if (row !== shipped.events.length)
		throw new Error(`The first view lists ${row} events, the dataset ${shipped.events.length}.`);
	const header = withRows.indexOf('</header>');
	if (header < 0) throw new Error('The first view has no header to carry the dataset after.');
	const at = header + '</header>'.length;
	return (
		withRows.slice(0, at) + dataScript(shipped.head, `id="${DATASET_ID}"`) + withRows.slice(at)
	);
}
