import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { decodeBasemap } from './basemap/decodeBasemap';

export interface CountryProperties {
	/** ISO 3166-1 alpha-3 */
	id: string;
	name: string;
	names?: Partial<Record<string, string>>;
	/** ISO 3166-1 alpha-2, for the browser's region names (world layer). */
	code?: string;
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

let cached: Promise<Basemap> | null = null;

/**
 * Loads the shipped basemap (one TopoJSON file) from the app's own origin, once per page. A missing
 * or broken file or layer leaves that layer out rather than failing the map: markers still work
 * over the sea colour.
 */
export function loadBasemap(base: string): Promise<Basemap> {
	cached ??= fetch(`${base}/basemap/basemap.json`)
		.then((response) => (response.ok ? response.json() : null))
		.catch(() => null)
		.then(decodeBasemap);
	return cached;
}
