export type Range = readonly [number, number];

/** Fits a range inside `full` and between `minSpan` and the full span, keeping its centre if it can. */
export function clampRange(range: Range, full: Range, minSpan: number): [number, number] {
	const fullSpan = full[1] - full[0];
	const span = Math.min(Math.max(range[1] - range[0], Math.min(minSpan, fullSpan)), fullSpan);
	const centre = (range[0] + range[1]) / 2;
	const start = Math.min(Math.max(centre - span / 2, full[0]), full[1] - span);
	return [Math.round(start), Math.round(start + span)];
}

/**
 * Pans (without zooming) so that `time` is in view, 10% in from the left edge so what follows it
 * shows; returns the same range when the time is already in view.
 */
export function panToInclude(range: Range, time: number, full: Range): Range {
	if (time >= range[0] && time <= range[1]) return range;
	const span = range[1] - range[0];
	const start = Math.min(Math.max(time - span * 0.1, full[0]), full[1] - span);
	return [Math.round(start), Math.round(start + span)];
}

/** Two ranges are the same view when they differ by less than a millionth of their span. */
export function sameRange(a: Range | null, b: Range | null): boolean {
	if (a === null || b === null) return a === b;
	const tolerance = Math.max(a[1] - a[0], 1) * 1e-6;
	return Math.abs(a[0] - b[0]) <= tolerance && Math.abs(a[1] - b[1]) <= tolerance;
}

/** How far d3-zoom may scale: from the whole span down to `minSpan`. */
export function zoomLimits(full: Range, minSpan: number): [number, number] {
	return [1, Math.max(1, (full[1] - full[0]) / minSpan)];
}
