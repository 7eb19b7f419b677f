import type { Category, ChronoEvent } from '$lib/data/model';

/**
 * Colours for categories without their own: the Okabe–Ito palette (Okabe & Ito, 2008), which
 * stays distinct with every common colour-vision deficiency, without its yellow and black (too
 * faint on the light and the dark page). Used in this order, then again from the start.
 */
export const CATEGORY_PALETTE = [
	'#0072b2',
	'#d55e00',
	'#009e73',
	'#cc79a7',
	'#e69f00',
	'#56b4e9'
] as const;

/** Each category's colour: its own when the data gives one, else the next palette colour. */
export function categoryColors(categories: readonly Category[]): Map<string, string> {
	let next = 0;
	return new Map(
		categories.map((category) => [
			category.id,
			category.color ?? CATEGORY_PALETTE[next++ % CATEGORY_PALETTE.length]
		])
	);
}

/** How many of the events are in each category (and, under '', in none), in one pass. */
export function categoryCounts(events: readonly ChronoEvent[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const event of events) {
		const id = event.category ?? '';
		counts.set(id, (counts.get(id) ?? 0) + 1);
	}
	return counts;
}

/**
 * Each place's categories in the data's category order (an event without one counts as ''),
 * so a marker can show one colour or a ring of several.
 */
export function placeCategories(
	events: readonly ChronoEvent[],
	order: readonly Category[]
): Map<string, string[]> {
	const rank = new Map(order.map((category, at) => [category.id, at]));
	const sets = new Map<string, Set<string>>();
	for (const event of events) {
		for (const place of event.places) {
			let set = sets.get(place);
			if (!set) sets.set(place, (set = new Set()));
			set.add(event.category ?? '');
		}
	}
	const byRank = (a: string, b: string) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity);
	return new Map([...sets].map(([place, set]) => [place, [...set].sort(byRank)]));
}
