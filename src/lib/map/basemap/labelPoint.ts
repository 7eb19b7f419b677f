import type { MultiPolygon, Position } from 'geojson';
import { segmentDistance } from './segmentDistance';
import { signedArea } from './tidyGeometry';

/** Distance to the polygon's outline, negative outside, in a plane where a degree east is as long as one north. */
function depth(p: Position, rings: Position[][]): number {
	let inside = false;
	let nearest = Infinity;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [a, b] = [ring[i], ring[j]];
			if (
				a[1] > p[1] !== b[1] > p[1] &&
				p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]
			)
				inside = !inside;
			nearest = Math.min(nearest, segmentDistance(p, a, b));
		}
	}
	return inside ? nearest : -nearest;
}

/**
 * A point deep inside the largest polygon, where a label reads as belonging to it; a centroid
 * can fall outside a crescent such as Croatia's or in a neighbour's lake.
 */
export function labelPoint(geometry: MultiPolygon, steps = 24, rounds = 8): [number, number] {
	const [main] = geometry.coordinates
		.slice()
		.sort((a, b) => Math.abs(signedArea(b[0])) - Math.abs(signedArea(a[0])));
	const lats = main[0].map((p) => p[1]);
	const stretch = Math.cos(((Math.min(...lats) + Math.max(...lats)) / 2) * (Math.PI / 180));
	const rings = main.map((ring) => ring.map(([lon, lat]) => [lon * stretch, lat]));
	const xs = rings[0].map((p) => p[0]);
	let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...lats), Math.max(...lats)];
	let best: Position = rings[0][0];
	let bestDepth = -Infinity;
	for (let round = 0; round < rounds; round++) {
		const [w, h] = [(x1 - x0) / steps, (y1 - y0) / steps];
		for (let i = 0; i < steps; i++) {
			for (let j = 0; j < steps; j++) {
				const p = [x0 + (i + 0.5) * w, y0 + (j + 0.5) * h];
				const d = depth(p, rings);
				if (d > bestDepth) [best, bestDepth] = [p, d];
			}
		}
		[x0, x1, y0, y1] = [best[0] - 2 * w, best[0] + 2 * w, best[1] - 2 * h, best[1] + 2 * h];
	}
	return [Math.round((best[0] / stretch) * 100) / 100, Math.round(best[1] * 100) / 100];
}
