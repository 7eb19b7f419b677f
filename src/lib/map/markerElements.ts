import type { Offset } from './dodgeMarkers';
import type { PlaceState } from './placeStates';

/** Width and height of a marker's target, in pixels: large enough to hit with a finger. */
export const MARKER_SIZE = 24;
export const CLUSTER_SIZE = 30;

function span(className: string, text = ''): HTMLSpanElement {
	const element = document.createElement('span');
	element.className = className;
	element.textContent = text;
	return element;
}

/** A place's name and the language it is written in. */
export type PlaceName = { text: string; lang: string };

/** The name each place marker shows when it is pointed at, focused or selected. */
const names = new WeakMap<HTMLElement, PlaceName>();

/**
 * The inside of a place marker: its dot. No wrapper, and no name until one is shown: each
 * element in a marker is styled whenever a zoom step brings markers into view, so a marker holds
 * as few as it can (`setPlaceName` gives the name, `showPlaceName` adds it).
 */
export function placeMarkerParts(): HTMLElement[] {
	return [span('cm-marker-dot')];
}

/**
 * Shows a place marker's name beside its dot (CSS shows it while the marker is pointed at,
 * focused or selected), built from a text node: place names are data, never markup.
 */
export function showPlaceName(element: HTMLElement) {
	const name = names.get(element);
	if (!name || !element.classList.contains('cm-marker')) return;
	let label = element.querySelector<HTMLElement>(':scope > .cm-marker-name');
	if (!label) {
		label = span('cm-marker-name');
		label.setAttribute('aria-hidden', 'true');
		element.append(label);
	}
	if (label.textContent !== name.text) label.textContent = name.text;
	if (label.lang !== name.lang) label.lang = name.lang;
}

/** A place's name in the reader's language once that language has loaded, or another place's. */
export function setPlaceName(element: HTMLElement, name: PlaceName) {
	names.set(element, name);
	if (element.querySelector(':scope > .cm-marker-name')) showPlaceName(element);
}

/** Shows a cluster's count, when a cluster marker is given other places. */
export function setClusterCount(element: HTMLElement, count: number) {
	const label = element.querySelector<HTMLElement>('.cm-cluster-count');
	if (label && label.textContent !== String(count)) label.textContent = String(count);
	setData(element, 'cluster', String(count));
}

export function clusterParts(count: number): HTMLElement[] {
	const label = span('cm-cluster-count', String(count));
	label.setAttribute('aria-hidden', 'true');
	return [label];
}

/** Writes a place's state onto its marker; attributes are the contract tests and embedders read. */
export function setPlaceState(element: HTMLElement, state: PlaceState, label: string) {
	setData(element, 'active', String(state.active));
	setData(element, 'selected', String(state.selected));
	if (state.selected) showPlaceName(element);
	setData(element, 'emphasised', String(state.emphasised));
	setLooks(element, state);
	if (element.getAttribute('aria-label') !== label) element.setAttribute('aria-label', label);
}

/** At most this many colours in a marker's ring; more read as noise. */
const RING_COLORS = 6;

/**
 * Writes `data-dimmed` and the category colours: `--cat-color` for one category, and for
 * several a ring from `--cat-color-N` variables. Colours are validated hex or theme variables,
 * set as custom properties, never as style text from the data.
 */
export function setLooks(element: HTMLElement, state: PlaceState) {
	if (state.dimmed) setData(element, 'dimmed', 'true');
	else if (element.dataset.dimmed !== undefined) delete element.dataset.dimmed;
	const colors = state.colors?.slice(0, RING_COLORS) ?? [];
	const key = colors.join(' ');
	if ((element.dataset.colors ?? '') === key) return;
	if (key) element.dataset.colors = key;
	else delete element.dataset.colors;
	for (let at = 0; at < RING_COLORS; at++) element.style.removeProperty(`--cat-color-${at}`);
	element.style.removeProperty('--cat-ring');
	element.style.removeProperty('--cat-color');
	delete element.dataset.categories;
	if (colors.length === 0) return;
	element.style.setProperty('--cat-color', colors[0]);
	if (colors.length === 1) return;
	const share = 100 / colors.length;
	colors.forEach((color, at) => element.style.setProperty(`--cat-color-${at}`, color));
	const stops = colors.map(
		(_, at) =>
			`var(--cat-color-${at}) ${(at * share).toFixed(2)}% ${((at + 1) * share).toFixed(2)}%`
	);
	element.style.setProperty('--cat-ring', `conic-gradient(${stops.join(', ')})`);
	setData(element, 'categories', String(colors.length));
}

/** Sets an attribute only when it changes, so steady frames leave the DOM alone. */
export function setData(element: HTMLElement | SVGElement, name: string, value: string) {
	if (element.dataset[name] !== value) element.dataset[name] = value;
}

/**
 * Shifts a marker off its true point (Leaflet placed it with negative margins) and draws a
 * leader line back, so a nudged marker still says where the place is. The line is made only
 * for a marker that is nudged, under its dot.
 */
export function setOffset(element: HTMLElement, size: number, { dx, dy }: Offset) {
	const round = (value: number) => Math.round(value * 10) / 10;
	const left = `${round(-size / 2 + dx)}px`;
	const top = `${round(-size / 2 + dy)}px`;
	if (element.style.marginLeft !== left) element.style.marginLeft = left;
	if (element.style.marginTop !== top) element.style.marginTop = top;
	const length = Math.hypot(dx, dy);
	let leader = element.querySelector<HTMLElement>(':scope > .cm-marker-leader');
	if (length <= 2) return leader?.remove();
	if (!leader) element.prepend((leader = span('cm-marker-leader')));
	leader.style.width = `${round(length)}px`;
	leader.style.transform = `rotate(${round((Math.atan2(-dy, -dx) * 180) / Math.PI)}deg)`;
}
