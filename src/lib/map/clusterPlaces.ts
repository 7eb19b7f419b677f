import Supercluster from 'supercluster';

export interface PlacePoint {
	id: string;
	lat: number;
	lon: number;
}

/** A marker to draw: one place, or several that would overlap, drawn as one cluster. */
export type MarkerGroup =
	| { kind: 'place'; id: string; lat: number; lon: number }
	| { kind: 'cluster'; ids: string[]; lat: number; lon: number };

const WORLD: [number, number, number, number] = [-180, -85.06, 180, 85.06];

/**
 * Groups places closer than `radiusPx` screen pixels at a Leaflet zoom. Supercluster only
 * clusters at whole zooms, so the radius is scaled to the floor zoom: the grouping is then the
 * one at the map's fractional zoom, not the nearest whole one.
 */
export function clusterPlaces(
	points: readonly PlacePoint[],
	zoom: number,
	radiusPx: number
): MarkerGroup[] {
	const whole = Math.max(0, Math.floor(zoom));
	const index = new Supercluster<{ id: string }, Record<string, never>>({
		radius: radiusPx * 2 ** (whole - zoom),
		extent: 256,
		minZoom: whole,
		maxZoom: whole
	});
	index.load(
		points.map((point) => ({
			type: 'Feature' as const,
			properties: { id: point.id },
			geometry: { type: 'Point' as const, coordinates: [point.lon, point.lat] }
		}))
	);
	const groups = index.getClusters(WORLD, whole).map((feature): MarkerGroup => {
		const [lon, lat] = feature.geometry.coordinates;
		if (!('cluster' in feature.properties))
			return { kind: 'place', id: feature.properties.id, lat, lon };
		const ids = index
			.getLeaves(feature.properties.cluster_id, Infinity)
			.map((leaf) => leaf.properties.id)
			.sort();
		return { kind: 'cluster', ids, lat, lon };
	});
	// Any fixed order will do, so plain code-unit order: a locale-aware compare would first cost
	// the browser several milliseconds of collation set-up, before the first markers show.
	return groups.sort((a, b) => {
		const [keyA, keyB] = [groupKey(a), groupKey(b)];
		return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
	});
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
	return groups.find((group) =>
		group.kind === 'place' ? ids.includes(group.id) : group.ids.some((id) => ids.includes(id))
	);
}
