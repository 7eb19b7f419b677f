export const DAY = 86_400_000;
/** The narrowest span the timeline zooms to. */
export const MIN_VISIBLE_SPAN = 4 * DAY;
/** The narrowest span when the data has times of day: half an hour, ticked by the minute. */
export const MIN_TIMED_SPAN = 30 * 60_000;
const PADDING = 0.02;

/**
 * The whole span the timeline can show: the data's extent with a little room either side so
 * marks at the ends are not cut, and never narrower than the narrowest zoom.
 */
export function timelineDomain(
	extent: readonly [number, number],
	minSpan = MIN_VISIBLE_SPAN
): [number, number] {
	const [start, stop] = extent;
	const span = Math.max(stop - start, 0);
	const pad = Math.max(span * PADDING, (minSpan - span) / 2);
	return [Math.round(start - pad), Math.round(stop + pad)];
}
