import { bisectLeft, bisectRight } from 'd3-array';

/** A horizontal extent to stack, in any unit (px for marks, ms for eras). */
export interface LaneItem {
	start: number;
	end: number;
	/** Items of lower priority are placed first (default 0): short marks before long spans. */
	priority?: number;
}

export interface LaneLayout {
	/** The lane of each item, in input order. */
	lanes: number[];
	laneCount: number;
	/** How many items found no free lane and were laid over the least crowded one. */
	overflow: number;
}

interface Lane {
	starts: number[];
	ends: number[];
}

/**
 * Stacks overlapping items into lanes, first fit by priority then start (ties keep input
 * order), so the same items always land in the same lanes. Past `maxLanes` an item overlaps the
 * lane where it covers the fewest others, rather than vanish.
 */
export function layoutLanes(
	items: readonly LaneItem[],
	{ maxLanes = Infinity, gap = 0 }: { maxLanes?: number; gap?: number } = {}
): LaneLayout {
	const order = items.map((_, index) => index);
	const priority = (index: number) => items[index].priority ?? 0;
	order.sort((a, b) => priority(a) - priority(b) || items[a].start - items[b].start || a - b);
	const laneList: Lane[] = [];
	const lanes = new Array<number>(items.length);
	let overflow = 0;
	for (const index of order) {
		const { start, end } = items[index];
		let lane = laneList.findIndex((candidate) => fits(candidate, start, end, gap));
		if (lane === -1 && laneList.length < maxLanes) {
			lane = laneList.push({ starts: [], ends: [] }) - 1;
		}
		if (lane === -1) {
			lane = leastCrowded(laneList, start, end, gap);
			overflow += 1;
		} else {
			const at = bisectLeft(laneList[lane].starts, start);
			laneList[lane].starts.splice(at, 0, start);
			laneList[lane].ends.splice(at, 0, end);
		}
		lanes[index] = lane;
	}
	return { lanes, laneCount: laneList.length, overflow };
}

/** Items in a lane never overlap, so only the neighbours on either side need checking. */
function fits({ starts, ends }: Lane, start: number, end: number, gap: number): boolean {
	const at = bisectLeft(starts, start);
	return (
		(at === 0 || ends[at - 1] + gap <= start) && (at === starts.length || end + gap <= starts[at])
	);
}

/** The lane where an extent covers the fewest items; the later one on a tie, to keep the first clean. */
function leastCrowded(laneList: readonly Lane[], start: number, end: number, gap: number): number {
	let best = 0;
	let fewest = Infinity;
	laneList.forEach(({ starts, ends }, lane) => {
		const covered = bisectLeft(starts, end + gap) - bisectRight(ends, start - gap);
		if (covered <= fewest) [best, fewest] = [lane, covered];
	});
	return best;
}
