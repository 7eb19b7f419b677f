import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { Range } from './zoomRange';

/** The d3-zoom transform that shows `range` when the unzoomed scale maps `full` onto [0, width]. */
export function transformForRange(full: Range, range: Range, width: number): ZoomTransform {
	const k = (full[1] - full[0]) / (range[1] - range[0]);
	const x = (-k * width * (range[0] - full[0])) / (full[1] - full[0]);
	return zoomIdentity.translate(x, 0).scale(k);
}

/** The time range a d3-zoom transform shows, in whole milliseconds. */
export function rangeForTransform(
	full: Range,
	transform: ZoomTransform,
	width: number
): [number, number] {
	if (!(width > 0)) return [full[0], full[1]];
	// What d3's rescaleX gives: the pixels at both ends, back through the transform, as times.
	const timeAt = (x: number) => full[0] + (transform.invertX(x) / width) * (full[1] - full[0]);
	return [Math.round(timeAt(0)), Math.round(timeAt(width))];
}
