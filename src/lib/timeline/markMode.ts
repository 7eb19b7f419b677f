/** Horizontal room one mark needs to be seen apart from its neighbours, in px. */
export const MARK_PITCH = 12;
/** Above this many events in view, marks always give way to the density strip. */
export const MAX_MARKS = 2000;

export type MarkMode = 'marks' | 'density';

/**
 * Draws every event as its own mark only while they could each be seen (lanes × width / pitch,
 * at most MAX_MARKS); beyond that a density strip on a canvas, so no frame touches thousands of
 * DOM nodes.
 */
export function chooseMarkMode(countInView: number, width: number, lanes: number): MarkMode {
	const capacity = Math.min(MAX_MARKS, lanes * Math.floor(Math.max(width, 0) / MARK_PITCH));
	return countInView <= Math.max(capacity, lanes) ? 'marks' : 'density';
}
