import type { MultiPolygon, Polygon, Position } from 'geojson';
import { mercatorUnit } from '$lib/static/webMercator';

/**
 * The zoom the land is projected at, once: the map's deepest zoom, so every view only scales the
 * paths down, and a tenth of a pixel here is far below a pixel on screen.
 */
export const REFERENCE_ZOOM = 10;

/** Pixels across the world at `zoom`, as Leaflet counts them (256 at zoom 0). */
export const worldSize = (zoom: number) => 256 * 2 ** zoom;

const tenth = (value: number) => Math.round(value * 10) / 10;

/**
 * SVG path data for a polygon or multipolygon in Web Mercator pixels at `zoom`, the same pixels
 * Leaflet places markers in: each ring a closed subpath, with points that round to the one before
 * left out, and rings left with fewer than three points dropped. Longitudes beyond ±180° stay
 * beyond it, so a copy of a shape drawn across the antimeridian keeps its place.
 */
export function landPathData(shape: Polygon | MultiPolygon, zoom = REFERENCE_ZOOM): string {
	const size = worldSize(zoom);
	const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
	const parts: string[] = [];
	for (const polygon of polygons) {
		for (const ring of polygon) {
			const points = ringPoints(ring, size);
			if (points.length >= 3) parts.push(`M${points.join(' ')}Z`);
		}
	}
	return parts.join('');
}

function ringPoints(ring: readonly Position[], size: number): string[] {
	const points: string[] = [];
	let last = '';
	for (const [lon, lat] of ring) {
		const [x, y] = mercatorUnit(lon, lat);
		const point = `${tenth(x * size)} ${tenth(y * size)}`;
		if (point !== last) points.push(point);
		last = point;
	}
	// A closed ring repeats its first point; Z closes it.
	if (points.length > 1 && points[0] === points[points.length - 1]) points.pop();
	return points;
}
