import { getContext, setContext } from 'svelte';

export type GesturePart = 'map' | 'timeline';
export type GestureKind = 'wheel' | 'touch';

const SHOWN_MS = 1200;
const KEY = Symbol('gesture-hints');

/**
 * Whether the map and timeline let the page scroll (cooperative), and the short hint they show
 * when a reader scrolls over them: drawn over the part for about a second, and announced to
 * screen readers once per hint rather than on every wheel turn.
 */
export class GestureHints {
	cooperative = $state(false);
	hint = $state.raw<{ part: GesturePart; kind: GestureKind } | null>(null);
	announcement = $state.raw<{ part: GesturePart; kind: GestureKind } | null>(null);
	#announced = new Set<string>();
	#timer: ReturnType<typeof setTimeout> | undefined;

	show(part: GesturePart, kind: GestureKind) {
		if (!this.cooperative) return;
		if (this.hint?.part !== part || this.hint.kind !== kind) this.hint = { part, kind };
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => (this.hint = null), SHOWN_MS);
		const key = `${part}:${kind}`;
		if (this.#announced.has(key)) return;
		this.#announced.add(key);
		this.announcement = { part, kind };
	}

	dispose() {
		clearTimeout(this.#timer);
	}
}

/** The message key for a hint: `gestureHint_map_wheel` and so on. */
export const hintKey = (hint: { part: GesturePart; kind: GestureKind }) =>
	`gestureHint_${hint.part}_${hint.kind}` as const;

/** The zoom key a reader holds with the wheel: ⌘ on a Mac, Ctrl elsewhere. */
export const zoomModifier = () =>
	typeof navigator !== 'undefined' && /mac|iphone|ipad/i.test(navigator.platform) ? '⌘' : 'Ctrl';

export const setGestureHints = (hints: GestureHints) => setContext(KEY, hints);
/** Parts drawn outside the app (test pages) get the greedy default. */
export const getGestureHints = (): GestureHints =>
	getContext<GestureHints>(KEY) ?? new GestureHints();
