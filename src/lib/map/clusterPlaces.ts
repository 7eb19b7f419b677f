import Supercluster from 'supercluster';
import type { Feature, Point } from 'geojson';
import { mercatorUnit } from '$lib/static/webMercator';
import { normalLongitude } from './wrapLongitude';

export interface PlacePoint {
	id: string;
	lat: number;
	lon: number;
}

/** A marker to draw: one place, or several that would overlap, drawn as one cluster. */
export type MarkerGroup =
	| { kind: 'place'; id: string; lat: number; lon: number }
	| { kind: 'cluster'; ids: string[]; lat: number; lon: number };

/** West, south, east, north in degrees. */
export type BBox = [number, number, number, number];

const WORLD: BBox = [-180, -85.06, 180, 85.06];
/**
 * Indexes kept for the zooms and radii used last, so zooming back and forth rebuilds nothing:
 * room for the present zoom and the one on either side, each at a few radii.
 */
const KEEP_INDEXES = 12;

type Index = Supercluster<{ id: string }, Record<string, never>>;

/**
 * Places grouped for any zoom, from one set of points: each (zoom, radius) is clustered once and
 * kept, and a view asks only for the groups inside its box, so a pan or zoom costs what is in
 * view (plus, at a new zoom, one O(n log n) clustering pass), never a pass over all pairs.
 */
export class PlaceClusters {
	#features: Feature<Point, { id: string }>[];
	#indexes = new Map<string, { index: Index; leaves: Map<number, string[]> }>();
	/** Each point on the world square (0–1, Web Mercator), as Supercluster places it. */
	#xs: Float64Array;
	#ys: Float64Array;

	constructor(points: readonly PlacePoint[]) {
		this.#features = points.map((point) => ({
			type: 'Feature' as const,
			properties: { id: point.id },
			geometry: { type: 'Point' as const, coordinates: [point.lon, point.lat] }
		}));
		this.#xs = new Float64Array(points.length);
		this.#ys = new Float64Array(points.length);
		points.forEach((point, at) => {
			[this.#xs[at], this.#ys[at]] = mercatorUnit(point.lon, point.lat);
		});
	}

	/**
	 * Supercluster only clusters at whole zooms, so the radius is scaled to the floor zoom: the
	 * grouping is then the one at the map's fractional zoom, not the nearest whole one.
	 */
	#indexFor(zoom: number, radiusPx: number) {
		const whole = Math.max(0, Math.floor(zoom));
		const key = `${zoom}:${radiusPx}`;
		let entry = this.#indexes.get(key);
		// An index in use moves to the back of the queue, so the present zoom's is dropped last.
		if (entry) {
			this.#indexes.delete(key);
			this.#indexes.set(key, entry);
		} else {
			const index: Index = new Supercluster({
				radius: radiusPx * 2 ** (whole - zoom),
				extent: 256,
				minZoom: whole,
				maxZoom: whole
			});
			index.load(this.#features);
			entry = { index, leaves: new Map() };
			if (this.#indexes.size >= KEEP_INDEXES) {
				this.#indexes.delete(this.#indexes.keys().next().value!);
			}
			this.#indexes.set(key, entry);
		}
		return { ...entry, whole };
	}

	/** The groups within `bbox` at `zoom` for places closer than `radiusPx`, in a fixed order. */
	groups(zoom: number, radiusPx: number, bbox: BBox = WORLD): MarkerGroup[] {
		const { index, leaves, whole } = this.#indexFor(zoom, radiusPx);
		const groups = index.getClusters(bbox, whole).map((feature): MarkerGroup => {
			const [lon, lat] = feature.geometry.coordinates;
			if (!('cluster' in feature.properties))
				return { kind: 'place', id: feature.properties.id, lat, lon };
			const clusterId = feature.properties.cluster_id;
			let ids = leaves.get(clusterId);
			if (!ids) {
				ids = index
					.getLeaves(clusterId, Infinity)
					.map((leaf) => leaf.properties.id)
					.sort();
				leaves.set(clusterId, ids);
			}
			return { kind: 'cluster', ids, lat, lon };
		});
		// Any fixed order will do, so plain code-unit order: a locale-aware compare would first cost
		// the browser several milliseconds of collation set-up, before the first markers show.
		const keyed = groups.map((group) => [groupKey(group), group] as const);
		keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return keyed.map(([, group]) => group);
	}

	/**
	 * The groups in view, at most `maxGroups` of them: where places are too dense to show as
	 * separate markers, the cluster radius doubles until they fit, so the page never holds more
	 * markers than a reader can see apart.
	 */
	groupsInView(zoom: number, radiusPx: number, bbox: BBox, maxGroups: number): MarkerGroup[] {
		let radius = radiusPx;
		// A radius that surely gives too many groups is passed over without clustering at it.
		while (radius < 256 && this.groupsAtLeast(zoom, radius, bbox, maxGroups) > maxGroups) {
			radius *= 2;
		}
		let groups = this.groups(zoom, radius, bbox);
		while (groups.length > maxGroups && radius < 256) {
			radius *= 2;
			groups = this.groups(zoom, radius, bbox);
		}
		return groups;
	}

	/**
	 * A floor on how many groups `groups(zoom, radiusPx, bbox)` returns, counted without
	 * clustering, in one pass that stops once it passes `enough`. Every member of a group lies
	 * within the radius of its first point, so a group fits in a square twice the radius wide and
	 * touches at most four cells of a grid that wide; and a place at least two radii inside the
	 * box has its group's centre inside it. So the groups are at least a quarter of the grid
	 * cells holding such places. A box across 180° gets no floor (0).
	 */
	groupsAtLeast(zoom: number, radiusPx: number, bbox: BBox, enough = Infinity): number {
		const r = radiusPx / (256 * 2 ** zoom);
		const wholeWorld = bbox[2] - bbox[0] >= 360;
		// The sides as Supercluster reads them: moved into -180–180, an east side of 180 kept.
		const west = wholeWorld ? -180 : normalLongitude(bbox[0]);
		const east = wholeWorld || bbox[2] === 180 ? 180 : normalLongitude(bbox[2]);
		if (west > east) return 0;
		const margin = 2 * r * (1 + 1e-9);
		const [westX, northY] = mercatorUnit(west, bbox[3]);
		const [eastX, southY] = mercatorUnit(east, bbox[1]);
		const left = wholeWorld ? -Infinity : westX + margin;
		const right = wholeWorld ? Infinity : eastX - margin;
		const top = northY + margin;
		const bottom = southY - margin;
		const cell = 2 * r;
		const cells = new Set<string>();
		const xs = this.#xs;
		const ys = this.#ys;
		for (let at = 0; at < xs.length; at++) {
			const x = xs[at];
			const y = ys[at];
			if (x < left || x > right || y < top || y > bottom) continue;
			cells.add(`${Math.floor(x / cell)},${Math.floor(y / cell)}`);
			if (cells.size > 4 * enough) break;
		}
		return Math.ceil(cells.size / 4);
	}
}

/** Groups places closer than `radiusPx` screen pixels at a Leaflet zoom, over the whole world. */
export function clusterPlaces(
	points: readonly PlacePoint[],
	zoom: number,
	radiusPx: number
): MarkerGroup[] {
	return new PlaceClusters(points).groups(zoom, radiusPx);
}

/** A stable name for a group, so a redraw can keep the same cluster marker (and its focus). */
export function groupKey(group: MarkerGroup): string {
	return group.kind === 'place' ? group.id : `cluster:${group.ids.join(',')}`;
}

/** The group that now holds any of these places: where focus goes when its marker merged or split. */
export function groupHolding(
	groups: readonly MarkerGroup[],
	ids: readonly string[]
): MarkerGroup | undefined {
	const wanted = new Set(ids);
	return groups.find((group) =>
		group.kind === 'place' ? wanted.has(group.id) : group.ids.some((id) => wanted.has(id))
	);
}
