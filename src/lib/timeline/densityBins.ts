import { bisectLeft } from 'd3-array';
import { EVENT_KINDS } from '$lib/data/kinds';
import type { TimeIndex } from './timeIndex';

export interface DensityBins {
	/** Per kind (in EVENT_KINDS order), how many events start in each bin. */
	counts: Uint32Array[];
	/** The largest total of any bin. */
	max: number;
	/** While a search is on: per kind, how many of each bin's events match it; else null. */
	matched: Uint32Array[] | null;
	/** How many events in the range match the search (0 when nothing is searched). */
	matchedTotal: number;
}

const KIND_ORDER = new Map(EVENT_KINDS.map((kind, order) => [kind, order]));

/**
 * Counts events by the bin their start falls in, per kind, over a time range cut in equal bins:
 * the shape of 100,000 events in one pass over only those in view. With a search's `matches`
 * (a flag per dataset event), also counts the matching ones, so a search shows in the strip.
 */
export function densityBins(
	index: TimeIndex,
	range: readonly [number, number],
	binCount: number,
	matches: Uint8Array | null = null
): DensityBins {
	const bins = Math.max(1, Math.floor(binCount));
	const counts = EVENT_KINDS.map(() => new Uint32Array(bins));
	const totals = new Uint32Array(bins);
	const matched = matches && EVENT_KINDS.map(() => new Uint32Array(bins));
	let matchedTotal = 0;
	const binSpan = (range[1] - range[0]) / bins;
	const from = bisectLeft(index.starts, range[0]);
	const to = bisectLeft(index.starts, range[1]);
	for (let i = from; i < to; i++) {
		const bin = Math.min(bins - 1, Math.floor((index.starts[i] - range[0]) / binSpan));
		const event = index.events[i];
		const kind = KIND_ORDER.get(event.kind) ?? 0;
		counts[kind][bin] += 1;
		totals[bin] += 1;
		if (matched && matches![event.index] === 1) {
			matched[kind][bin] += 1;
			matchedTotal += 1;
		}
	}
	return { counts, max: Math.max(0, ...totals), matched, matchedTotal };
}
