import type { Bounds } from './basemapBounds';

/** Whether a box lies inside another (edges may touch): the fine layer covers the whole view. */
export function boxWithin(inner: Bounds, outer: Bounds): boolean {
	return (
		inner.west >= outer.west &&
		inner.east <= outer.east &&
		inner.south >= outer.south &&
		inner.north <= outer.north
	);
}
