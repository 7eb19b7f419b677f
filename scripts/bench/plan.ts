/** How much to measure: a full run for the README, a quick smoke run for CI. */
export interface Plan {
	quick: boolean;
	/** Loads of each page in the Chronomap/TimelineJS comparison (alternated A/B). */
	loads: number;
	/** Loads of TimelineJS with 1,000 synthetic events. */
	timelinejsScaleLoads: number;
	/** Synthetic dataset sizes, and how many loads each. */
	sizes: { events: number; loads: number }[];
	scrub: { steps: number; durationMs: number };
}

export const FULL: Plan = {
	quick: false,
	loads: 9,
	timelinejsScaleLoads: 3,
	sizes: [
		{ events: 1_000, loads: 5 },
		{ events: 10_000, loads: 5 },
		{ events: 100_000, loads: 3 }
	],
	scrub: { steps: 120, durationMs: 2000 }
};

export const QUICK: Plan = {
	quick: true,
	loads: 2,
	timelinejsScaleLoads: 1,
	sizes: [
		{ events: 1_000, loads: 1 },
		{ events: 10_000, loads: 1 }
	],
	scrub: { steps: 30, durationMs: 500 }
};
