import type { Range } from '$lib/time/zoomRange';
import type { D3ZoomGesture, ZoomGestureOptions } from './d3ZoomGesture';
import { isPageScroll, isSidewaysWheel, wheelZoomFactor } from './wheelInput';

export type { ZoomGestureOptions } from './d3ZoomGesture';

/** What tells us a reader is about to zoom or pan: d3-zoom loads on the first of these. */
const INTENT = ['pointerenter', 'pointerdown', 'touchstart', 'focusin'] as const;

/**
 * Pan and zoom for the timeline's SVG, with d3-zoom (and d3-transition, d3-drag…) fetched only
 * when a reader reaches for it, so the first view downloads and runs less. Until it is in:
 * wheel turns are applied as soon as it loads, a mouse button still held is handed to it so the
 * drag goes on, and calls (`scaleBy`, `reset`, `show`) wait for it. The range itself lives in
 * the view state, so nothing is drawn differently while it loads.
 */
export function createZoomGesture(options: ZoomGestureOptions) {
	let svg: SVGSVGElement | null = null;
	let live: D3ZoomGesture | null = null;
	let detach: (() => void) | null = null;
	let loading: Promise<void> | null = null;
	let shown: { range: Range | null } | null = null;
	const waiting: ((gesture: D3ZoomGesture) => void)[] = [];
	let held: PointerEvent | null = null;

	function load() {
		loading ??= import('./d3ZoomGesture').then(
			({ createD3ZoomGesture }) => {
				live = createD3ZoomGesture(options);
				live.setLimits();
				if (svg) detach = live.attach(svg);
				if (shown) live.show(shown.range);
				for (const run of waiting.splice(0)) run(live);
				if (held && svg) resumeDrag(svg, held);
				held = null;
			},
			// Offline or the file went away: what waited is dropped rather than applied late, and
			// the next reach for the timeline tries again.
			() => {
				loading = null;
				waiting.length = 0;
				held = null;
			}
		);
		return loading;
	}

	function whenLive(run: (gesture: D3ZoomGesture) => void) {
		if (live) return run(live);
		waiting.push(run);
		void load();
	}

	/**
	 * A cooperative plain wheel is left to the page, with a hint; before d3-zoom is in, any
	 * other wheel turn is kept and applied the way d3-zoom would.
	 */
	function onEarlyWheel(event: WheelEvent) {
		if (options.cooperative?.() && isPageScroll(event)) return void options.onhint?.('wheel');
		if (live || !svg) return;
		event.preventDefault();
		const x = event.clientX - svg.getBoundingClientRect().left;
		if (isSidewaysWheel(event)) {
			whenLive((gesture) => gesture.panBy(-event.deltaX));
		} else {
			whenLive((gesture) => gesture.scaleBy(wheelZoomFactor(event), x));
		}
	}

	function onEarlyPointerDown(event: PointerEvent) {
		if (!live && event.pointerType === 'mouse' && event.button === 0) held = event;
	}

	function onPointerUp() {
		held = null;
	}

	return {
		attach(node: SVGSVGElement) {
			svg = node;
			const intent = () => void load();
			for (const type of INTENT) node.addEventListener(type, intent, { passive: true });
			node.addEventListener('wheel', onEarlyWheel, { passive: false });
			node.addEventListener('pointerdown', onEarlyPointerDown);
			window.addEventListener('pointerup', onPointerUp);
			window.addEventListener('pointercancel', onPointerUp);
			if (live) detach = live.attach(node);
			return () => {
				for (const type of INTENT) node.removeEventListener(type, intent);
				node.removeEventListener('wheel', onEarlyWheel);
				node.removeEventListener('pointerdown', onEarlyPointerDown);
				window.removeEventListener('pointerup', onPointerUp);
				window.removeEventListener('pointercancel', onPointerUp);
				detach?.();
				detach = null;
				svg = null;
			};
		},
		/** Sets how far one may zoom and pan for the current span and width. */
		setLimits() {
			live?.setLimits();
		},
		/** Brings d3's transform in line with a range set elsewhere (null: the whole span). */
		show(range: Range | null) {
			shown = { range };
			live?.show(range);
		},
		/** Zooms by a factor around an x position (px), or the middle. */
		scaleBy(factor: number, x?: number) {
			whenLive((gesture) => gesture.scaleBy(factor, x));
		},
		reset() {
			whenLive((gesture) => gesture.reset());
		}
	};
}

export type ZoomGesture = ReturnType<typeof createZoomGesture>;

/** Hands a mouse press that came before d3-zoom to it, so a drag begun early still pans. */
function resumeDrag(node: SVGSVGElement, press: PointerEvent) {
	node.dispatchEvent(
		new MouseEvent('mousedown', {
			bubbles: true,
			cancelable: true,
			view: window,
			clientX: press.clientX,
			clientY: press.clientY,
			screenX: press.screenX,
			screenY: press.screenY,
			button: 0,
			buttons: 1
		})
	);
}
