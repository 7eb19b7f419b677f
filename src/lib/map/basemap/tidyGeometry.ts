import type { MultiPolygon, Polygon, Position } from 'geojson';

export type TidyOptions = {
	/** decimals kept in each coordinate (2 is about 1 km) */
	decimals: number;
	/** polygons smaller than this, in square degrees, are dropped unless they are the feature's largest */
	minArea: number;
};

/** Planar signed area in square degrees; positive when the ring runs anticlockwise with north up. */
export function signedArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 0; i < ring.length - 1; i++) {
		sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
	}
	return sum / 2;
}

function roundRing(ring: Position[], factor: number): Position[] {
	const rounded: Position[] = [];
	for (const [lon, lat] of ring) {
		const p = [Math.round(lon * factor) / factor, Math.round(lat * factor) / factor];
		const previous = rounded[rounded.length - 1];
		if (!previous || previous[0] !== p[0] || previous[1] !== p[1]) rounded.push(p);
	}
	return rounded;
}

/** d3-geo reads an exterior ring drawn clockwise as the small side of the sphere; holes run the other way. */
function wound(ring: Position[], clockwise: boolean): Position[] {
	return signedArea(ring) < 0 === clockwise ? ring : ring.slice().reverse();
}

function usable(ring: Position[]): boolean {
	return ring.length >= 4 && signedArea(ring) !== 0;
}

/**
 * Rounds coordinates, drops rings that rounding collapsed and islands too small to see, and winds
 * rings the way d3-geo expects so `geoContains` answers correctly; null when nothing is left.
 */
export function tidyGeometry(
	geometry: Polygon | MultiPolygon,
	{ decimals, minArea }: TidyOptions
): MultiPolygon | null {
	const factor = 10 ** decimals;
	const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
		.map(([exterior, ...holes]) => [
			roundRing(exterior, factor),
			...holes.map((h) => roundRing(h, factor))
		])
		.filter(([exterior]) => usable(exterior))
		.map(([exterior, ...holes]) => [
			wound(exterior, true),
			...holes.filter(usable).map((h) => wound(h, false))
		]);
	if (!polygons.length) return null;
	const largest = Math.max(...polygons.map(([exterior]) => Math.abs(signedArea(exterior))));
	const coordinates = polygons.filter(([exterior]) => {
		const area = Math.abs(signedArea(exterior));
		return area === largest || area >= minArea;
	});
	return { type: 'MultiPolygon', coordinates };
}
