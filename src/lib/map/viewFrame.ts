import type { MultiPolygon, Polygon } from 'geojson';
import type { Focus, Place } from '$lib/data/schema';
import { longitudeSpan, longitudeWithin } from './wrapLongitude';

/**
 * Markers and country names are kept this far (a share of the view's size) beyond its edges, so a
 * short pan shows them at once; Leaflet pads its own layers as much.
 */
export const VIEW_PAD = 0.1;

/** A box in degrees, as the data's `focus` writes it. */
export type Box = Focus;

/**
 * A box as written, with one across 180° written as GeoJSON writes a bounding box, west greater
 * than east (Fiji to Samoa: 170, -170), turned into the form the map reads: east past 180 (190).
 * Only the short way round counts (at most 180° wide): west 40, east 13 is two sides swapped,
 * not a box around nine tenths of the world.
 */
export function eastPast180(box: Box): Box {
	if (box.west <= box.east) return box;
	const east = box.east + 360;
	return east - box.west <= 180 ? { ...box, east } : box;
}

/**
 * The data's own focus when it is a box (west before east, south below north; see `eastPast180`
 * for one across 180°), else null.
 */
export function focusBox(focus: Focus | undefined): Box | null {
	const box = focus && eastPast180(focus);
	return box && box.west < box.east && box.south < box.north ? box : null;
}

/**
 * The frame a map opens on and "Reset view" returns to: the story's own focus when the data sets
 * one, otherwise every place with a margin, so a dataset without a focus still opens sensibly.
 * Places on both sides of 180° are framed the short way round: east then passes 180.
 */
export function homeBox(
	focus: Focus | undefined,
	places: readonly Pick<Place, 'lat' | 'lon'>[]
): Box | null {
	const framing = focusBox(focus);
	if (framing) return framing;
	const span = longitudeSpan(places.map((place) => place.lon));
	if (!span) return null;
	let [south, north] = [Infinity, -Infinity];
	for (const { lat } of places) {
		south = Math.min(south, lat);
		north = Math.max(north, lat);
	}
	const padLon = Math.max(1, (span.east - span.west) * 0.1);
	const padLat = Math.max(1, (north - south) * 0.1);
	const [west, east] = [span.west - padLon, span.east + padLon];
	const wide = east - west >= 360;
	const crosses = !wide && span.east > 180;
	return {
		west: wide ? -180 : crosses ? west : Math.max(-180, west),
		east: wide ? 180 : crosses ? east : Math.min(180, east),
		south: Math.max(-85, south - padLat),
		north: Math.min(85, north + padLat)
	};
}

/**
 * The copy of a box to frame on the map (one written west greater than east runs across 180°).
 * One across 180° whose middle lies past it (Tokyo to New
 * York: 140° to 286°) is framed a world over (-220° to -74°): the land is drawn between -180°
 * and 180°, plus copies of the pieces near 180°, so that copy shows both sides whole.
 */
export function drawnCopy(written: Box): Box {
	const box = eastPast180(written);
	const middle = (box.west + box.east) / 2;
	const shift = middle > 180 ? -360 : middle < -180 ? 360 : 0;
	return shift === 0 ? box : { ...box, west: box.west + shift, east: box.east + shift };
}

/** Whether a point lies in a box; a box across 180° (east past 180) holds the point's copies too. */
export function boxContains(box: Box, lat: number, lon: number): boolean {
	return lat >= box.south && lat <= box.north && longitudeWithin(lon, box.west, box.east);
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
