import { createContext } from 'svelte';
import * as L from 'leaflet';
import { drawnCopy, type Box } from './viewFrame';
import { nearestCopy } from './wrapLongitude';

const USER_MOVE_GRACE_MS = 1500;

/** Leaflet bounds for a box, framed on the copy of the world where its land is drawn. */
export function toBounds(box: Box): L.LatLngBounds {
	const { west, south, east, north } = drawnCopy(box);
	return L.latLngBounds([south, west], [north, east]);
}

/**
 * The Leaflet map shared with the layers drawn on it, plus the view's reactive bounds and zoom
 * and the few ways the app moves the map (home, reveal, show): layers never call setView themselves.
 */
export class MapContext {
	#map = $state.raw<L.Map | null>(null);
	bounds = $state.raw<Box | null>(null);
	zoom = $state(0);
	readonly reducedMotion: boolean;
	home: Box | null = null;
	/** Whether the reader has moved the map themselves (drag, wheel, keys, zoom buttons). */
	userMoved = $state(false);
	#userDraggedAt = -Infinity;
	#atHome = true;
	#moving = false;

	constructor() {
		this.reducedMotion =
			typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
	}

	get map(): L.Map {
		if (!this.#map) throw new Error('The map is not ready yet');
		return this.#map;
	}
	get ready() {
		return this.#map !== null;
	}

	/** Hands over a new map and listens to it; returns the mirror-image teardown. */
	attach(map: L.Map): () => void {
		const moved = () => this.#read(map);
		const dragged = () => {
			this.#userDraggedAt = performance.now();
			this.leaveHome();
		};
		const leftHome = () => this.leaveHome();
		const container = map.getContainer();
		const keyed = (event: KeyboardEvent) => event.target === container && leftHome();
		map.on('moveend zoomend', moved);
		map.on('dragstart drag', dragged);
		map.on('boxzoomstart dblclick', leftHome);
		container.addEventListener('wheel', leftHome, { passive: true });
		container.addEventListener('keydown', keyed);
		this.#map = map;
		this.#read(map);
		return () => {
			map.off('moveend zoomend', moved);
			map.off('dragstart drag', dragged);
			map.off('boxzoomstart dblclick', leftHome);
			container.removeEventListener('wheel', leftHome);
			container.removeEventListener('keydown', keyed);
			this.#map = null;
		};
	}

	/** The reader moved the map: stop re-framing the story on resize. */
	leaveHome() {
		this.#atHome = false;
		if (!this.userMoved) this.userMoved = true;
	}

	#read(map: L.Map) {
		const bounds = map.getBounds();
		this.bounds = {
			west: bounds.getWest(),
			south: bounds.getSouth(),
			east: bounds.getEast(),
			north: bounds.getNorth()
		};
		this.zoom = map.getZoom();
	}

	get #motion() {
		return this.reducedMotion ? { animate: false } : { duration: 0.6 };
	}

	/** Frames the story again ("Reset view"), and keeps doing so on resize until someone moves the map. */
	goHome(animate = true) {
		if (!this.home) return;
		const home = toBounds(this.home);
		const options = animate && !this.reducedMotion ? { duration: 0.6 } : { animate: false };
		void this.#fly(() => this.map.flyToBounds(home, { ...options, padding: [8, 8] }));
		this.#atHome = true;
	}

	/** Called when the map's box changes size: keeps the story framed unless the reader moved away. */
	resized() {
		this.map.invalidateSize({ animate: false });
		if (this.#atHome) this.goHome(false);
		else this.#read(this.map);
	}

	/** Brings points into view for a selection made elsewhere, unless the reader is panning or one already shows. */
	reveal(places: readonly L.LatLng[]) {
		if (places.length === 0 || this.#moving) return;
		const points = this.#nearCentre(places);
		if (performance.now() - this.#userDraggedAt < USER_MOVE_GRACE_MS) return;
		const inner = this.map.getBounds().pad(-0.05);
		if (points.some((point) => inner.contains(point))) return;
		this.show(points);
	}

	/** Moves to points at the present zoom (or wider if several must fit); resolves when the move ends. */
	show(places: readonly L.LatLng[], zoomIn = false): Promise<void> {
		const map = this.map;
		const points = this.#nearCentre(places);
		const zoom = map.getZoom();
		return this.#fly(() => {
			if (points.length === 1) {
				map.flyTo(points[0], zoomIn ? Math.min(map.getMaxZoom(), zoom + 2) : zoom, this.#motion);
			} else {
				const maxZoom = zoomIn ? map.getMaxZoom() : zoom;
				map.flyToBounds(L.latLngBounds([...points]), {
					...this.#motion,
					padding: [48, 48],
					maxZoom
				});
			}
		});
	}

	/** Fits a box for a story step: a flight, or a jump under reduced motion; a lone point keeps a city's zoom. */
	fit(bounds: L.LatLngBounds, animate: boolean): Promise<void> {
		const map = this.map;
		const maxZoom = Math.min(map.getMaxZoom(), 7);
		const options = animate && !this.reducedMotion ? { duration: 0.8 } : { animate: false };
		return this.#fly(() => map.flyToBounds(bounds, { ...options, padding: [32, 32], maxZoom }));
	}

	/** Zooms in on a cluster's places until they separate. */
	expand(places: readonly L.LatLng[]): Promise<void> {
		const map = this.map;
		const points = this.#nearCentre(places);
		const bounds = L.latLngBounds([...points]);
		const fit = map.getBoundsZoom(bounds, false, L.point(96, 96));
		const zoom = Math.min(map.getMaxZoom(), Math.max(fit, map.getZoom() + 1));
		return this.#fly(() => map.flyTo(bounds.getCenter(), zoom, this.#motion));
	}

	/** Each point's copy nearest the view's centre, so a move across 180° takes the short way. */
	#nearCentre(points: readonly L.LatLng[]): L.LatLng[] {
		const centre = this.map.getCenter().lng;
		return points.map((point) => L.latLng(point.lat, nearestCopy(point.lng, centre)));
	}

	/** Runs one of our own moves, remembering it is under way so a selection does not start a second. */
	#fly(move: () => void): Promise<void> {
		this.#atHome = false;
		this.#moving = true;
		const done = new Promise<void>((resolve) =>
			this.map.once('moveend', () => {
				this.#moving = false;
				resolve();
			})
		);
		move();
		return done;
	}
}

export const [getMapContext, setMapContext] = createContext<MapContext>();
