import type { Position } from 'geojson';

/** Planar distance from a point to a segment, the measure behind both simplification and label placement. */
export function segmentDistance(p: Position, a: Position, b: Position): number {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const lengthSquared = dx * dx + dy * dy;
	const along = lengthSquared ? ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared : 0;
	const t = Math.max(0, Math.min(1, along));
	return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}
