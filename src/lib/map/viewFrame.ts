import type { MultiPolygon, Polygon } from 'geojson';
import type { Focus, Place } from '$lib/data/schema';

/** A box in degrees, as the data's `focus` writes it. */
export type Box = Focus;

/**
 * The frame a map opens on and "Reset view" returns to: the story's own focus when the data sets
 * one, otherwise every place with a margin, so a dataset without a focus still opens sensibly.
 */
export function homeBox(
	focus: Focus | undefined,
	places: readonly Pick<Place, 'lat' | 'lon'>[]
): Box | null {
	if (focus && focus.west < focus.east && focus.south < focus.north) return focus;
	if (places.length === 0) return null;
	let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const { lat, lon } of places) {
		west = Math.min(west, lon);
		east = Math.max(east, lon);
		south = Math.min(south, lat);
		north = Math.max(north, lat);
	}
	const padLon = Math.max(1, (east - west) * 0.1);
	const padLat = Math.max(1, (north - south) * 0.1);
	return {
		west: Math.max(-180, west - padLon),
		east: Math.min(180, east + padLon),
		south: Math.max(-85, south - padLat),
		north: Math.min(85, north + padLat)
	};
}

export function boxContains(box: Box, lat: number, lon: number): boolean {
	return lat >= box.south && lat <= box.north && lon >= box.west && lon <= box.east;
}

/** One collator for every name sort: a fresh localeCompare per pair would set one up each time. */
const collator = new Intl.Collator();

/**
 * Shown places, most events first, then by name: sorted once per data or filter change, so
 * each map move only filters (linear), never sorts again.
 */
export function rankPlaces<P extends Pick<Place, 'id' | 'name'>>(
	places: readonly P[],
	counts: ReadonlyMap<string, number>
): { place: P; count: number }[] {
	return places
		.filter((place) => counts.has(place.id))
		.map((place) => ({ place, count: counts.get(place.id)! }))
		.sort((a, b) => b.count - a.count || collator.compare(a.place.name, b.place.name));
}

/** The ranked places outside the view, in rank order. */
export function outsideOf<P extends Pick<Place, 'lat' | 'lon'>>(
	ranked: readonly { place: P; count: number }[],
	view: Box
): { place: P; count: number }[] {
	return ranked.filter(({ place }) => !boxContains(view, place.lat, place.lon));
}

/** Places the view leaves out, most events first, so the reader can still reach them. */
export function placesOutside<P extends Pick<Place, 'id' | 'name' | 'lat' | 'lon'>>(
	places: readonly P[],
	counts: ReadonlyMap<string, number>,
	view: Box
): { place: P; count: number }[] {
	return outsideOf(rankPlaces(places, counts), view);
}

/** The box around a polygon's rings, to size its label against the country on screen. */
export function geometryBox(geometry: Polygon | MultiPolygon): Box {
	const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
	let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const ring of rings) {
		for (const [lon, lat] of ring) {
			west = Math.min(west, lon);
			east = Math.max(east, lon);
			south = Math.min(south, lat);
			north = Math.max(north, lat);
		}
	}
	return { west, south, east, north };
}
