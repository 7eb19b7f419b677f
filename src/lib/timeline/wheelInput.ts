/** A wheel or trackpad turn that is mostly sideways: the timeline pans on it instead of zooming. */
export function isSidewaysWheel(event: Pick<WheelEvent, 'deltaX' | 'deltaY'>): boolean {
	return Math.abs(event.deltaX) > Math.abs(event.deltaY);
}

/**
 * How much one wheel turn zooms, by d3-zoom's documented default: 2 to the power of the scroll
 * in pixels × 0.002 (lines × 0.05, pages × 1), ten times faster for a trackpad pinch (ctrl).
 */
export function wheelZoomFactor(
	event: Pick<WheelEvent, 'deltaY' | 'deltaMode' | 'ctrlKey'>
): number {
	const perUnit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
	return 2 ** (-event.deltaY * perUnit * (event.ctrlKey ? 10 : 1));
}

/**
 * A plain wheel turn that, in cooperative mode (an embed inside an article), belongs to the page:
 * only Ctrl or ⌘ with the wheel (or a trackpad pinch, which arrives as Ctrl + wheel) zooms, and a
 * sideways swipe still pans.
 */
export function isPageScroll(
	event: Pick<WheelEvent, 'deltaX' | 'deltaY' | 'ctrlKey' | 'metaKey'>
): boolean {
	return !event.ctrlKey && !event.metaKey && !isSidewaysWheel(event);
}
