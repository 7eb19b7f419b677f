import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Bounds } from './basemapBounds';

type Edge = { inside: (p: Position) => boolean; cross: (a: Position, b: Position) => Position };

function edgesOf({ west, south, east, north }: Bounds): Edge[] {
	const atX = (x: number) => (a: Position, b: Position) => [
		x,
		a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])
	];
	const atY = (y: number) => (a: Position, b: Position) => [
		a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]),
		y
	];
	return [
		{ inside: (p) => p[0] >= west, cross: atX(west) },
		{ inside: (p) => p[0] <= east, cross: atX(east) },
		{ inside: (p) => p[1] >= south, cross: atY(south) },
		{ inside: (p) => p[1] <= north, cross: atY(north) }
	];
}

/** Sutherland–Hodgman against one edge; exact for a lon/lat box, which stays a box in Web Mercator. */
function clipRingToEdge(ring: Position[], edge: Edge): Position[] {
	const open = ring.slice(0, -1);
	const out: Position[] = [];
	open.forEach((current, i) => {
		const previous = open[(i + open.length - 1) % open.length];
		if (edge.inside(current)) {
			if (!edge.inside(previous)) out.push(edge.cross(previous, current));
			out.push(current);
		} else if (edge.inside(previous)) {
			out.push(edge.cross(previous, current));
		}
	});
	return out.length ? [...out, out[0]] : [];
}

function clipRing(ring: Position[], bounds: Bounds): Position[] | null {
	const clipped = edgesOf(bounds).reduce(
		(r, edge) => (r.length ? clipRingToEdge(r, edge) : r),
		ring
	);
	return clipped.length >= 4 ? clipped : null;
}

/** Cuts a (multi)polygon to the basemap box so the shipped file holds only what the map can show; null when nothing is left. */
export function clipToRegion(
	geometry: Polygon | MultiPolygon,
	bounds: Bounds
): MultiPolygon | null {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const coordinates: Position[][][] = [];
	for (const [exterior, ...holes] of polygons) {
		const outer = clipRing(exterior, bounds);
		if (!outer) continue;
		const inner = holes.map((hole) => clipRing(hole, bounds)).filter((hole) => hole !== null);
		coordinates.push([outer, ...inner]);
	}
	return coordinates.length ? { type: 'MultiPolygon', coordinates } : null;
}
