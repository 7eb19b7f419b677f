/**
 * The prerendered first view (StaticView.svelte) and the dataset beside it in the page. The app
 * reads the dataset from the page instead of fetching it again, and removes the view when its
 * own is drawn, in the same frame, so nothing shows twice.
 */
import type { ShippedParts } from '$lib/data/shippedResult';

const STATIC_ID = 'cm-static';
/** The script element holding the dataset without its events; each event is in its row's. */
export const DATASET_ID = 'cm-dataset';
export const EVENT_DATA_ATTRIBUTE = 'data-cm-event';
const MAP_ID = 'cm-static-map';
/** The prerendered map, kept when the view goes so the app can show it until Leaflet is in. */
let keptMap: SVGSVGElement | null = null;

/** The shipped dataset's texts as the page carries them, or null on pages without them. */
export function embeddedDataset(): ShippedParts | null {
	const head = document.getElementById(DATASET_ID)?.textContent;
	if (head == null) return null;
	const rows = document.querySelectorAll(`#${STATIC_ID} script[${EVENT_DATA_ATTRIBUTE}]`);
	return { head, events: Array.from(rows, (row) => row.textContent ?? '') };
}

export function hasStaticView(): boolean {
	return document.getElementById(STATIC_ID) !== null;
}

/** `keepMap`: the app shows the shipped data, so its map may stand in (see `takeStaticMap`). */
export function removeStaticView(keepMap = false): void {
	const map = document.getElementById(MAP_ID);
	if (keepMap && map instanceof SVGSVGElement && map.closest(`#${STATIC_ID}`)) keptMap = map;
	document.getElementById(STATIC_ID)?.remove();
	document.getElementById(DATASET_ID)?.remove();
}

/**
 * Hands the prerendered map SVG over once (detached from the static view), or null when the page
 * has none: the app then loads its interactive map straight away.
 */
export function takeStaticMap(): SVGSVGElement | null {
	const inPlace = document.getElementById(MAP_ID);
	const map = keptMap ?? (inPlace?.closest(`#${STATIC_ID}`) ? inPlace : null);
	keptMap = null;
	return map instanceof SVGSVGElement ? map : null;
}
