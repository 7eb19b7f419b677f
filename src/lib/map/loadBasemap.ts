import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export interface CountryProperties {
	/** ISO 3166-1 alpha-3 */
	id: string;
	name: string;
	names?: Partial<Record<string, string>>;
	labelLon?: number;
	labelLat?: number;
	note?: string;
}

export interface AreaProperties {
	/** The id of the place the area belongs to (crimea, donetsk…). */
	id: string;
	name: string;
	since?: string;
	note?: string;
}

export type Countries = FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
export type Areas = FeatureCollection<Polygon | MultiPolygon, AreaProperties>;

export interface Basemap {
	countries: Countries | null;
	occupied: Areas | null;
	regions: Areas | null;
}

async function fetchCollection<T>(url: string): Promise<T | null> {
	try {
		const response = await fetch(url);
		if (!response.ok) return null;
		const json = await response.json();
		return json?.type === 'FeatureCollection' && Array.isArray(json.features) ? (json as T) : null;
	} catch {
		return null;
	}
}

let cached: Promise<Basemap> | null = null;

/**
 * Loads the shipped basemap from the app's own origin, once per page. A missing or broken file
 * leaves that layer out rather than failing the map: markers still work over the sea colour.
 */
export function loadBasemap(base: string): Promise<Basemap> {
	cached ??= Promise.all([
		fetchCollection<Countries>(`${base}/basemap/countries.json`),
		fetchCollection<Areas>(`${base}/basemap/occupied.json`),
		fetchCollection<Areas>(`${base}/basemap/regions.json`)
	]).then(([countries, occupied, regions]) => ({ countries, occupied, regions }));
	return cached;
}
