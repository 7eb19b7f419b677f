import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import { zoomLimits, type Range } from '$lib/time/zoomRange';
import { rangeForTransform, transformForRange } from '$lib/time/zoomTransform';
import { isPageScroll, isSidewaysWheel } from './wheelInput';

export interface ZoomGestureOptions {
	/** The whole span, the drawing's width and height: read whenever a gesture needs them. */
	full: () => Range;
	width: () => number;
	height: () => number;
	/** The narrowest span, read whenever the limits are set (it narrows when data has times). */
	minSpan: () => number;
	/** A person zoomed or panned: the range now in view, or null for the whole span. */
	onzoom: (range: [number, number] | null) => void;
	/** In an article: plain wheels and one finger belong to the page (see `isZoomInput`). */
	cooperative?: () => boolean;
	/** A gesture went to the page that a reader may have meant for the timeline. */
	onhint?: (kind: 'wheel' | 'touch') => void;
}

/**
 * d3-zoom behind one attachment: it reads wheel, pinch and drag on the SVG and reports the
 * time range they ask for; the range itself lives in the view state, so d3's transform is
 * only brought in line with it (`show`), compared first so the two cannot loop. Loaded by
 * `createZoomGesture` when a reader first reaches for the timeline.
 */
export function createD3ZoomGesture(options: ZoomGestureOptions) {
	let svg: SVGSVGElement | null = null;
	const cooperative = () => options.cooperative?.() ?? false;
	const behavior = zoom<SVGSVGElement, unknown>()
		.filter((event) => isZoomInput(event, cooperative()))
		.extent(() => [
			[0, 0],
			[Math.max(options.width(), 1), Math.max(options.height(), 1)]
		])
		.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
			const atWhole = event.transform.k <= 1 + 1e-9;
			options.onzoom(
				atWhole ? null : rangeForTransform(options.full(), event.transform, options.width())
			);
		});

	/** Pans by `dx` pixels on screen. */
	function panBy(dx: number) {
		if (svg) behavior.translateBy(select(svg), dx / zoomTransform(svg).k, 0);
	}

	/** A sideways wheel or trackpad swipe pans instead of zooming. */
	function onWheel(event: WheelEvent) {
		if (!svg || !isSidewaysWheel(event)) return;
		event.preventDefault();
		panBy(-event.deltaX);
	}

	/**
	 * Cooperative one-finger touch: d3-zoom leaves it alone (it would cancel the page's scroll),
	 * so a sideways drag pans here; `touch-action: pan-y` hands vertical ones to the browser.
	 */
	const fingers = new Map<number, number>();
	function onPointerDown(event: PointerEvent) {
		if (event.pointerType === 'touch' && cooperative()) fingers.set(event.pointerId, event.clientX);
	}
	function onPointerMove(event: PointerEvent) {
		const lastX = fingers.get(event.pointerId);
		if (lastX === undefined || fingers.size !== 1) return;
		fingers.set(event.pointerId, event.clientX);
		panBy(event.clientX - lastX);
	}
	function onPointerEnd(event: PointerEvent) {
		if (!fingers.delete(event.pointerId)) return;
		if (event.type === 'pointercancel' && fingers.size === 0) options.onhint?.('touch');
	}
	const POINTER = [
		['pointerdown', onPointerDown],
		['pointermove', onPointerMove],
		['pointerup', onPointerEnd],
		['pointercancel', onPointerEnd]
	] as const;

	return {
		attach(node: SVGSVGElement) {
			svg = node;
			const selection = select(node).call(behavior).on('dblclick.zoom', null);
			node.addEventListener('wheel', onWheel, { passive: false });
			for (const [type, listener] of POINTER) node.addEventListener(type, listener);
			return () => {
				for (const [type, listener] of POINTER) node.removeEventListener(type, listener);
				fingers.clear();
				node.removeEventListener('wheel', onWheel);
				selection.on('.zoom', null);
				svg = null;
			};
		},
		/** Sets how far one may zoom and pan for the current span and width. */
		setLimits() {
			const width = Math.max(options.width(), 1);
			behavior.scaleExtent(zoomLimits(options.full(), options.minSpan())).translateExtent([
				[0, 0],
				[width, Math.max(options.height(), 1)]
			]);
		},
		/** Brings d3's transform in line with a range set elsewhere (null: the whole span). */
		show(range: Range | null) {
			const width = options.width();
			if (!svg || !(width > 0)) return;
			const target = range ? transformForRange(options.full(), range, width) : zoomIdentity;
			const current = zoomTransform(svg);
			if (Math.abs(current.k / target.k - 1) < 1e-9 && Math.abs(current.x - target.x) < 0.01)
				return;
			behavior.transform(select(svg), target);
		},
		panBy,
		/** Zooms by a factor around an x position (px), or the middle. */
		scaleBy(factor: number, x?: number) {
			if (svg) behavior.scaleBy(select(svg), factor, x === undefined ? undefined : [x, 0]);
		},
		reset() {
			if (svg) behavior.transform(select(svg), zoomIdentity);
		}
	};
}

export type D3ZoomGesture = ReturnType<typeof createD3ZoomGesture>;

/**
 * d3's own rule (no secondary buttons, ctrl only for pinch), minus sideways wheels; cooperative
 * mode also leaves plain wheels and one-finger touches to the page.
 */
function isZoomInput(event: MouseEvent | WheelEvent | TouchEvent, cooperative: boolean): boolean {
	if (event.type === 'wheel') {
		const wheel = event as WheelEvent;
		return cooperative ? !isPageScroll(wheel) && !isSidewaysWheel(wheel) : !isSidewaysWheel(wheel);
	}
	if (cooperative && event.type === 'touchstart' && (event as TouchEvent).touches.length < 2)
		return false;
	return !event.ctrlKey && !(event as MouseEvent).button;
}
