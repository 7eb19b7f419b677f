import * as L from 'leaflet';
import type { Place } from '$lib/data/schema';
import { groupState, type PlaceState } from './placeStates';
import { PartsIcon } from './PartsIcon';
import {
	CLUSTER_SIZE,
	MARKER_SIZE,
	clusterParts,
	placeMarkerParts,
	setClusterCount,
	setData,
	setLooks,
	setPlaceName,
	setPlaceState,
	showPlaceName
} from './markerElements';

/** A place's marker in the page. */
export type PlaceMarker = { place: Place; marker: L.Marker; element: HTMLElement };
/** A cluster's marker in the page, for the places `ids`. */
export type ClusterMarker = { ids: string[]; marker: L.Marker; element: HTMLElement };

/** What the markers need from the map that shows them. */
export interface MarkerHost {
	map: L.Map;
	/** A place's name in the reader's language, and the language it is in. */
	nameOf(place: Place): { text: string; lang: string };
	/** A place marker's accessible name in a state. */
	placeLabel(place: Place, state: PlaceState): string;
	/** A cluster marker's accessible name. */
	clusterLabel(ids: readonly string[]): string;
	choosePlace(id: string, element: HTMLElement): void;
	chooseCluster(ids: string[], element: HTMLElement): void;
}

/**
 * Makes, reuses and rewrites the Leaflet markers of places and clusters. A marker is built
 * complete before Leaflet puts it in the page: an attribute written to an element already in
 * the page costs the browser a style check. A marker that left the view is given to a place or
 * cluster that came into it, of either kind: zooming in, clusters split into places, and out,
 * places merge, so a step would otherwise remove dozens of markers of one kind and make as
 * many of the other. (Leaflet keeps the icon a marker was made with and builds from it again
 * only on `setIcon` or when the marker is added back, which these markers never are.)
 */
export class MarkerFactory {
	#host: MarkerHost;
	/** What each marker does when chosen: a marker can change from a place's to a cluster's. */
	#actions = new WeakMap<HTMLElement, () => void>();

	constructor(host: MarkerHost) {
		this.#host = host;
	}

	place(place: Place, at: L.LatLngTuple, state?: PlaceState): PlaceMarker {
		const parts = placeMarkerParts();
		const { marker, element } = this.#add(at, 'cm-marker', parts, MARKER_SIZE, (element) => {
			setPlaceName(element, this.#host.nameOf(place));
			element.dataset.placeId = place.id;
			element.dataset.kind = place.kind;
			if (state) setPlaceState(element, state, this.#host.placeLabel(place, state));
		});
		const entry = { place, marker, element };
		this.#whenChosen(marker, element, () => this.#host.choosePlace(entry.place.id, element));
		return entry;
	}

	cluster(
		ids: string[],
		at: L.LatLngTuple,
		states: ReadonlyMap<string, PlaceState>
	): ClusterMarker {
		const parts = clusterParts(ids.length);
		const prepare = (element: HTMLElement) => {
			setClusterCount(element, ids.length);
			this.writeCluster({ ids, element }, states, true);
		};
		const { marker, element } = this.#add(at, 'cm-cluster', parts, CLUSTER_SIZE, prepare, 1000);
		const cluster = { ids, marker, element };
		this.#whenChosen(marker, element, () => this.#host.chooseCluster(cluster.ids, element));
		return cluster;
	}

	/**
	 * Gives a marker that left the view to a place that came into it, and writes the place's
	 * state: a reused marker carries its old place's, so only a place with a state takes one.
	 */
	giveToPlace(
		drawn: PlaceMarker | ClusterMarker,
		place: Place,
		at: L.LatLngTuple,
		state: PlaceState
	): PlaceMarker {
		const { marker, element } = drawn;
		const entry = 'place' in drawn ? drawn : { place, marker, element };
		if (!('place' in drawn)) {
			element.classList.replace('cm-cluster', 'cm-marker');
			element.replaceChildren(...placeMarkerParts());
			setSize(element, MARKER_SIZE);
			delete element.dataset.cluster;
			marker.options.zIndexOffset = 0;
			this.#actions.set(element, () => this.#host.choosePlace(entry.place.id, element));
		}
		entry.place = place;
		marker.setLatLng(at);
		element.dataset.placeId = place.id;
		element.dataset.kind = place.kind;
		this.rename(entry);
		// A cluster under the pointer that became this place shows its name at once.
		if (element.matches(':hover')) showPlaceName(element);
		this.writePlace(entry, state);
		return entry;
	}

	/** Gives a marker that left the view to a cluster that came into it. */
	giveToCluster(
		drawn: PlaceMarker | ClusterMarker,
		ids: string[],
		at: L.LatLngTuple,
		states: ReadonlyMap<string, PlaceState>
	): ClusterMarker {
		const { marker, element } = drawn;
		const cluster = 'ids' in drawn ? drawn : { ids, marker, element };
		if (!('ids' in drawn)) {
			element.classList.replace('cm-marker', 'cm-cluster');
			element.replaceChildren(...clusterParts(ids.length));
			setSize(element, CLUSTER_SIZE);
			delete element.dataset.placeId;
			delete element.dataset.kind;
			marker.options.zIndexOffset = 1000;
			this.#actions.set(element, () => this.#host.chooseCluster(cluster.ids, element));
		}
		cluster.ids = ids;
		marker.setLatLng(at);
		setClusterCount(element, ids.length);
		this.writeCluster(cluster, states, true);
		return cluster;
	}

	writePlace(entry: PlaceMarker, state: PlaceState) {
		setPlaceState(entry.element, state, this.#host.placeLabel(entry.place, state));
	}

	/** Writes a cluster's state; its name too when `relabel` (its places or the language changed). */
	writeCluster(
		cluster: Pick<ClusterMarker, 'ids' | 'element'>,
		states: ReadonlyMap<string, PlaceState>,
		relabel: boolean
	) {
		const { element, ids } = cluster;
		const state = groupState(ids, states);
		setData(element, 'active', String(state.active));
		setData(element, 'selected', String(state.selected));
		setData(element, 'emphasised', String(state.emphasised));
		setLooks(element, state);
		if (relabel || !element.hasAttribute('aria-label')) {
			element.setAttribute('aria-label', this.#host.clusterLabel(ids));
		}
	}

	/** Shows a place's name in the reader's language, once that language has loaded. */
	rename(entry: PlaceMarker) {
		setPlaceName(entry.element, this.#host.nameOf(entry.place));
	}

	/** Adds a marker whose element `prepare` fills in before Leaflet puts it in the page. */
	#add(
		at: L.LatLngTuple,
		className: string,
		parts: Node[],
		size: number,
		prepare: (element: HTMLElement) => void,
		zIndexOffset = 0
	) {
		const icon = new PartsIcon(parts, { className, iconSize: [size, size] }, prepare);
		const options = { icon, keyboard: true, riseOnHover: true, zIndexOffset };
		const marker = L.marker(at, options).addTo(this.#host.map);
		return { marker, element: marker.getElement()! };
	}

	/** Click, Enter and Space all run a marker's action, as on a real button. */
	#whenChosen(marker: L.Marker, element: HTMLElement, run: () => void) {
		this.#actions.set(element, run);
		const act = () => this.#actions.get(element)?.();
		marker.on('click', act);
		// A place's name is made when first shown (see placeMarkerParts).
		element.addEventListener('pointerenter', () => showPlaceName(element));
		element.addEventListener('focus', () => showPlaceName(element));
		element.addEventListener('keydown', (event) => {
			if (event.key !== 'Enter' && event.key !== ' ') return;
			event.preventDefault();
			act();
		});
	}
}

function setSize(element: HTMLElement, size: number) {
	element.style.width = element.style.height = `${size}px`;
}
