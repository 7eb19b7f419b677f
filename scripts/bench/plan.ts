/** How much to measure: a full run for the README, a quick smoke run for CI. */
export interface Plan {
	quick: boolean;
	/** Loads of each page in the Chronomap/TimelineJS comparison (alternated A/B). */
	loads: number;
	/** Loads of TimelineJS and of Chronomap with 1,000 synthetic events (alternated). */
	timelinejsScaleLoads: number;
	/**
	 * Synthetic dataset sizes and how many loads each. Without `places`, the first rows' 50 fixed
	 * places (kept for comparison); with it, that many distinct places anywhere on Earth.
	 */
	sizes: Size[];
	scrub: { steps: number; durationMs: number };
	/** A map with this many distinct places, for timing zoom steps; 0 skips it. */
	zoomPlaces: number;
	/** Loads of that map, each zoomed in and out four steps, at rest and at once. */
	zoomLoads: number;
	/** Search: events indexed, and how many times the typed queries are run. */
	search: { events: number; rounds: number };
	/**
	 * The first search typed in the page as soon as it is usable, on datasets that fit the 20 MB
	 * file limit: `places` 0 for the 50 fixed places and short texts, else with notes.
	 */
	firstSearch: { events: number; places: number; runs: number }[];
}

export interface Size {
	events: number;
	places?: number;
	/** With `places`, the share of events with a note (default all): to fit the 20 MB file limit. */
	notes?: number;
	loads: number;
}

/** The file name of a synthetic dataset under /bench-data/. */
export const dataName = ({ events, places }: { events: number; places?: number }) =>
	places === undefined ? `${events}` : `${events}-${places}p`;

export const FULL: Plan = {
	quick: false,
	loads: 9,
	timelinejsScaleLoads: 3,
	sizes: [
		{ events: 1_000, loads: 5 },
		{ events: 10_000, loads: 5 },
		{ events: 100_000, loads: 3 },
		{ events: 1_000, places: 100, loads: 5 },
		{ events: 10_000, places: 1_000, loads: 5 },
		// All notes would make 49 MB; one event in twenty with a note (19.6 MB) fits the limit.
		{ events: 100_000, places: 10_000, notes: 0.05, loads: 3 }
	],
	scrub: { steps: 120, durationMs: 2000 },
	zoomPlaces: 4_000,
	zoomLoads: 5,
	search: { events: 100_000, rounds: 8 },
	firstSearch: [
		{ events: 100_000, places: 0, runs: 5 },
		{ events: 38_000, places: 10_000, runs: 5 }
	]
};

export const QUICK: Plan = {
	quick: true,
	loads: 2,
	timelinejsScaleLoads: 1,
	sizes: [
		{ events: 1_000, loads: 1 },
		{ events: 10_000, loads: 1 },
		{ events: 10_000, places: 1_000, loads: 1 }
	],
	scrub: { steps: 30, durationMs: 500 },
	zoomPlaces: 4_000,
	zoomLoads: 1,
	search: { events: 10_000, rounds: 2 },
	firstSearch: [{ events: 10_000, places: 1_000, runs: 1 }]
};
