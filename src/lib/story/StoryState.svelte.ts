import { createContext } from 'svelte';
import type { ViewState } from '$lib/state/ViewState.svelte';
import { isFiltering } from '$lib/state/filters';
import type { Story, StoryStep } from './model';
import { resolveStep } from './resolveStep';

/** Where the map should look for a step: its bounds, else its event's places. */
export interface StoryFrame {
	bounds?: [number, number, number, number];
	points?: [number, number][];
	/** Grows with every request, so the same frame asked twice is honoured twice. */
	seq: number;
	animate: boolean;
}

const EASE_MS = 600;
const animates = typeof requestAnimationFrame === 'function';
const stopEasing = (handle: number) => animates && cancelAnimationFrame(handle);
const easeCubic = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/**
 * The story being told: which step is on screen, whether the reader has left it to explore, and
 * the map frame a step asks for. It moves the shared ViewState like any other part would.
 */
export class StoryState {
	#view: ViewState;
	#index = $state(-1);
	#left = $state(false);
	/** Whether the story panel is shown (the full page: when the data has a story; embeds: on request). */
	shown = $state(false);
	frame = $state.raw<StoryFrame | null>(null);
	/** True when the step on screen had to clear filters that hid its event. */
	clearedFilters = $state(false);
	readonly #reducedMotion: boolean;
	/** The view a step put on screen: any other view means the reader has left the story. */
	#applied: { selected: string | null; time: number; playing: boolean } | null = null;
	#easing = 0;

	constructor(view: ViewState) {
		this.#view = view;
		this.#reducedMotion =
			typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
	}

	get story(): Story | undefined {
		return this.#view.dataset.story;
	}
	get steps(): StoryStep[] {
		return this.story?.steps ?? [];
	}
	get index() {
		return this.#index;
	}
	get step(): StoryStep | null {
		return this.steps[this.#index] ?? null;
	}
	/** True once the reader played or explored away from the step on screen. */
	get left() {
		return this.#left;
	}
	/** True while a step's view is on screen: the address then names it. */
	get onStory() {
		return this.shown && this.#index !== -1 && !this.#left;
	}

	/** The step an address or a host names (id, or 1-based number), or -1. */
	resolve(value: string | number): number {
		return resolveStep(this.story, value);
	}

	/** Puts a step's view on screen: selection or time, range, map frame; pauses playback. */
	go(index: number, animate = true): boolean {
		const step = this.steps[index];
		if (!step) return false;
		const view = this.#view;
		this.shown = true;
		view.pause();
		this.clearedFilters = false;
		if (step.event && !view.events.some((event) => event.id === step.event)) {
			if (isFiltering(view.filters) || view.searching) {
				view.clearFilters();
				this.clearedFilters = true;
			}
		}
		if (step.event) view.select(step.event);
		else {
			view.select(null);
			if (step.time !== undefined) view.setTime(step.time);
		}
		this.#easeRange(step.range ?? null, animate);
		const places = step.event ? (view.eventById(step.event)?.places ?? []) : [];
		const byId = new Map(view.dataset.places.map((place) => [place.id, place]));
		const points = places.flatMap((id) => {
			const place = byId.get(id);
			return place ? [[place.lat, place.lon] as [number, number]] : [];
		});
		if (step.bounds || points.length) {
			this.frame = {
				bounds: step.bounds,
				points: step.bounds ? undefined : points,
				seq: (this.frame?.seq ?? 0) + 1,
				animate: animate && !this.#reducedMotion
			};
		}
		this.#index = index;
		this.#left = false;
		this.#applied = {
			selected: view.selectedEventId,
			time: view.currentTime,
			playing: false
		};
		return true;
	}

	next() {
		return this.go(Math.min(this.#index + 1, this.steps.length - 1));
	}
	previous() {
		return this.go(Math.max(this.#index - 1, 0));
	}
	/** "Back to the story": the last step's view again. */
	back() {
		return this.go(Math.max(this.#index, 0));
	}

	/** Called whenever the view changes: a change the step did not make leaves the story. */
	noticeView() {
		const applied = this.#applied;
		if (!applied || this.#left) return;
		const view = this.#view;
		if (
			view.playing ||
			view.selectedEventId !== applied.selected ||
			view.currentTime !== applied.time
		) {
			this.#left = true;
			stopEasing(this.#easing);
		}
	}

	/** Which extra layers the step shows, while on the story. */
	get layers(): readonly string[] {
		return this.onStory ? (this.step?.layers ?? []) : [];
	}

	#easeRange(target: [number, number] | null, animate: boolean) {
		const view = this.#view;
		stopEasing(this.#easing);
		const from = view.visibleRange;
		const to = target ?? view.extent;
		if (!animate || this.#reducedMotion || !animates) {
			view.setVisibleRange(target);
			return;
		}
		const began = performance.now();
		const tick = (now: number) => {
			const t = Math.min(1, (now - began) / EASE_MS);
			const k = easeCubic(t);
			if (t >= 1) return view.setVisibleRange(target);
			view.setVisibleRange([from[0] + (to[0] - from[0]) * k, from[1] + (to[1] - from[1]) * k]);
			this.#easing = requestAnimationFrame(tick);
		};
		this.#easing = requestAnimationFrame(tick);
	}

	dispose() {
		stopEasing(this.#easing);
	}
}

export const [getStoryState, setStoryState] = createContext<StoryState>();
