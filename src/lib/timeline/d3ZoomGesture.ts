import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import { zoomLimits, type Range } from '$lib/time/zoomRange';
import { rangeForTransform, transformForRange } from '$lib/time/zoomTransform';
import { isSidewaysWheel } from './wheelInput';

export interface ZoomGestureOptions {
	/** The whole span, the drawing's width and height: read whenever a gesture needs them. */
	full: () => Range;
	width: () => number;
	height: () => number;
	/** The narrowest span, read whenever the limits are set (it narrows when data has times). */
	minSpan: () => number;
	/** A person zoomed or panned: the range now in view, or null for the whole span. */
	onzoom: (range: [number, number] | null) => void;
}

/**
 * d3-zoom behind one attachment: it reads wheel, pinch and drag on the SVG and reports the
 * time range they ask for; the range itself lives in the view state, so d3's transform is
 * only brought in line with it (`show`), compared first so the two cannot loop. Loaded by
 * `createZoomGesture` when a reader first reaches for the timeline.
 */
export function createD3ZoomGesture(options: ZoomGestureOptions) {
	let svg: SVGSVGElement | null = null;
	const behavior = zoom<SVGSVGElement, unknown>()
		.filter(isZoomInput)
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

	return {
		attach(node: SVGSVGElement) {
			svg = node;
			const selection = select(node).call(behavior).on('dblclick.zoom', null);
			// Vertical swipes still scroll the page on touch screens; pinch and sideways drags zoom and pan.
			node.style.touchAction = 'pan-y';
			node.addEventListener('wheel', onWheel, { passive: false });
			return () => {
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

/** d3's own rule (no secondary buttons, ctrl only for pinch), minus sideways wheels. */
function isZoomInput(event: MouseEvent | WheelEvent | TouchEvent): boolean {
	if (event.type === 'wheel') return !isSidewaysWheel(event as WheelEvent);
	return !event.ctrlKey && !(event as MouseEvent).button;
}
