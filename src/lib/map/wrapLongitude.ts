/**
 * Longitudes on a map that wraps at 180°: the shortest arc around a set of places, and where a
 * place's copy lies near a given view, so a story in the Pacific opens on the Pacific, not on
 * every longitude between Fiji and Alaska the long way round.
 */

/** A longitude moved by whole turns into [-180, 180). */
export function normalLongitude(lon: number): number {
	return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/**
 * The shortest arc holding every longitude, as west and east with west in [-180, 180) and
 * east ≥ west; east passes 180 when the arc crosses the antimeridian. Null for no longitudes.
 */
export function longitudeSpan(lons: Iterable<number>): { west: number; east: number } | null {
	const sorted = [...lons].map(normalLongitude).sort((a, b) => a - b);
	if (sorted.length === 0) return null;
	// The arc is the circle minus its widest empty gap; the gap across 180° comes first.
	let gap = sorted[0] + 360 - sorted[sorted.length - 1];
	let span = { west: sorted[0], east: sorted[sorted.length - 1] };
	for (let i = 1; i < sorted.length; i++) {
		const between = sorted[i] - sorted[i - 1];
		if (between > gap) {
			gap = between;
			span = { west: sorted[i], east: sorted[i - 1] + 360 };
		}
	}
	return span;
}

/** The copy of a longitude (moved by whole turns) nearest to `centre`, where a marker should sit. */
export function nearestCopy(lon: number, centre: number): number {
	return lon + 360 * Math.round((centre - lon) / 360);
}

/** Whether a longitude, or any of its copies, lies between west and east (east may pass 180). */
export function longitudeWithin(lon: number, west: number, east: number): boolean {
	if (east - west >= 360) return true;
	const turned = west + ((((lon - west) % 360) + 360) % 360);
	return turned <= east;
}
