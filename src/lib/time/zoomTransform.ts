import { scaleUtc } from 'd3-scale';
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
	const base = scaleUtc().domain(full).range([0, width]);
	const [start, stop] = transform.rescaleX(base).domain();
	return [Math.round(start.getTime()), Math.round(stop.getTime())];
}
