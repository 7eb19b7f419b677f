import { readFileSync } from 'node:fs';
import path from 'node:path';
import { detectSafely, importText } from '$lib/data/importers/importText';
import { writeShipped, type ShippedParts } from '$lib/data/shippedResult';
import type { Dataset } from '$lib/data/model';
import { decodeBasemap } from '$lib/map/basemap/decodeBasemap';
import { basemapBounds } from '$lib/map/basemap/basemapBounds';
import { homeBox } from '$lib/map/viewFrame';
import { staticMap, type StaticMap } from '$lib/static/staticMap';
import { staticTimeline, type StaticTimeline } from '$lib/static/staticTimeline';

/** The shipped dataset and its first view, read once per build from the files the app serves. */
export interface FirstView {
	/** The dataset as the app's readers give it, for the page to carry; null if it cannot. */
	shipped: ShippedParts | null;
	dataset: Dataset;
	map: StaticMap;
	timeline: StaticTimeline;
}

const read = (file: string) => readFileSync(path.resolve('static', file), 'utf8');
let cached: FirstView | null = null;

/** Map and timeline of the opening view, laid out as the app lays them out. */
export function firstView(): FirstView {
	if (cached) return cached;
	const text = read('data/events.json');
	const result = importText(text, detectSafely(text), { name: 'events.json' });
	const dataset = result.dataset;
	if (!dataset) throw new Error('static/data/events.json does not parse: the build stops here.');
	const basemap = decodeBasemap(JSON.parse(read('basemap/basemap.json')));
	const used = new Set(dataset.events.flatMap((event) => event.places));
	const places = dataset.places.filter((place) => used.has(place.id));
	const map = staticMap({
		home: homeBox(dataset.focus, places) ?? basemapBounds,
		countries: basemap.countries?.features ?? [],
		areas: [...(basemap.occupied?.features ?? []), ...(basemap.regions?.features ?? [])],
		places,
		width: 800,
		height: 400
	});
	cached = { shipped: writeShipped(result), dataset, map, timeline: staticTimeline(dataset, 1000) };
	return cached;
}
