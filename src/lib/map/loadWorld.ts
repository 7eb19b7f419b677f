import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Areas, Countries } from './loadBasemap';

export interface World {
	countries: Countries;
	/** Pieces outside the fine layer's box of the countries it cuts, by alpha-3 id. */
	rest: Map<string, Polygon | MultiPolygon>;
	occupied: Areas | null;
}

/** Unpacks world.json; anything malformed gives null, and the map keeps the fine layer alone. */
export function decodeWorld(json: unknown): World | null {
	try {
		const topology = json as Topology;
		if (topology?.type !== 'Topology' || !topology.objects?.countries) return null;
		const layer = (name: string) =>
			Object.hasOwn(topology.objects, name) ? feature(topology, topology.objects[name]) : null;
		const countries = layer('countries') as Countries | null;
		if (!countries || !Array.isArray(countries.features)) return null;
		const rest = (layer('rest') as Countries | null)?.features ?? [];
		return {
			countries,
			rest: new Map(rest.map((item) => [item.properties.id, item.geometry])),
			occupied: layer('occupied') as Areas | null
		};
	} catch {
		return null;
	}
}

let cached: Promise<World | null> | null = null;

/** Loads the world layer from the app's own origin, once per page and only when asked. */
export function loadWorld(base: string): Promise<World | null> {
	cached ??= fetch(`${base}/basemap/world.json`)
		.then((response) => (response.ok ? response.json() : null))
		.catch(() => null)
		.then(decodeWorld);
	return cached;
}
