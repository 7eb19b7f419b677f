import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { mercatorUnit } from '$lib/static/webMercator';

/**
 * The zoom shapes are projected at, once: the map's deepest zoom, so every view only scales the
 * paths down, and a tenth of a pixel here is far below a pixel on screen.
 */
export const REFERENCE_ZOOM = 10;

/** Pixels across the world at `zoom`, as Leaflet counts them (256 at zoom 0). */
export const worldSize = (zoom: number) => 256 * 2 ** zoom;

/** A shape the map draws as one SVG path. */
export type PathShape = Polygon | MultiPolygon | LineString | MultiLineString;

const tenth = (value: number) => Math.round(value * 10) / 10;

/**
 * SVG path data for a shape in Web Mercator pixels at `zoom`, the same pixels Leaflet places
 * markers in. Each polygon ring is a closed subpath and each line an open one; points that round
 * to the one before are left out, and rings left with fewer than three points (lines with fewer
 * than two) are dropped. Longitudes beyond ±180° stay beyond it, so a copy of a shape drawn
 * across the antimeridian, or a line crossing it, keeps its place.
 */
export function shapePathData(shape: PathShape, zoom = REFERENCE_ZOOM): string {
	const size = worldSize(zoom);
	const parts: string[] = [];
	const closed = shape.type === 'Polygon' || shape.type === 'MultiPolygon';
	for (const run of runsOf(shape)) {
		const points = pathPoints(run, size, closed);
		if (points.length >= (closed ? 3 : 2)) parts.push(`M${points.join(' ')}${closed ? 'Z' : ''}`);
	}
	return parts.join('');
}

/** The rings of a polygon or the lines of a line shape, each a list of positions. */
function runsOf(shape: PathShape): Position[][] {
	switch (shape.type) {
		case 'Polygon':
			return shape.coordinates;
		case 'MultiPolygon':
			return shape.coordinates.flat();
		case 'LineString':
			return [shape.coordinates];
		case 'MultiLineString':
			return shape.coordinates;
	}
}

function pathPoints(run: readonly Position[], size: number, closed: boolean): string[] {
	const points: string[] = [];
	let last = '';
	for (const [lon, lat] of run) {
		const [x, y] = mercatorUnit(lon, lat);
		const point = `${tenth(x * size)} ${tenth(y * size)}`;
		if (point !== last) points.push(point);
		last = point;
	}
	// A closed ring repeats its first point; Z closes it.
	if (closed && points.length > 1 && points[0] === points[points.length - 1]) points.pop();
	return points;
}
