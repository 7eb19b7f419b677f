export type HintKind = 'wheel' | 'touch';

/**
 * Lets a map inside an article leave the page's scrolling alone: a plain wheel and a one-finger
 * touch are stopped on `wrapper` (an ancestor of Leaflet's container, listening in the capture
 * phase) before Leaflet sees them, and are never default-prevented, so the browser scrolls the
 * page (or the host page around a frame). Ctrl/⌘ + wheel (a trackpad pinch arrives as Ctrl +
 * wheel) and a second finger pass through to Leaflet, which zooms and moves as usual. The
 * container's `touch-action` lets the browser pan (`.cm-cooperative` in map.css).
 * Returns the mirror-image teardown.
 */
export function cooperativeGestures(
	wrapper: HTMLElement,
	surface: HTMLElement,
	onhint: (kind: HintKind) => void
): () => void {
	const touches = new Set<number>();
	const onSurface = (event: Event) => surface.contains(event.target as Node);

	function onWheel(event: WheelEvent) {
		if (event.ctrlKey || event.metaKey || !onSurface(event)) return;
		event.stopPropagation();
		onhint('wheel');
	}
	function onTouchStart(event: TouchEvent) {
		if (event.touches.length === 1 && onSurface(event)) event.stopPropagation();
	}
	function onPointerDown(event: PointerEvent) {
		if (event.pointerType !== 'touch') return;
		touches.add(event.pointerId);
		if (touches.size === 1 && onSurface(event)) event.stopPropagation();
	}
	function onPointerEnd(event: PointerEvent) {
		if (event.pointerType !== 'touch' || !touches.delete(event.pointerId)) return;
		// The browser took a one-finger touch for scrolling: say how to move the map instead.
		if (event.type === 'pointercancel' && touches.size === 0) onhint('touch');
	}

	const capture = { capture: true, passive: true } as const;
	wrapper.addEventListener('wheel', onWheel, capture);
	wrapper.addEventListener('touchstart', onTouchStart, capture);
	wrapper.addEventListener('pointerdown', onPointerDown, capture);
	wrapper.addEventListener('pointerup', onPointerEnd, capture);
	wrapper.addEventListener('pointercancel', onPointerEnd, capture);
	return () => {
		wrapper.removeEventListener('wheel', onWheel, capture);
		wrapper.removeEventListener('touchstart', onTouchStart, capture);
		wrapper.removeEventListener('pointerdown', onPointerDown, capture);
		wrapper.removeEventListener('pointerup', onPointerEnd, capture);
		wrapper.removeEventListener('pointercancel', onPointerEnd, capture);
	};
}
