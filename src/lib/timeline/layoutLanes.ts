import { bisectLeft } from 'd3-array';

/** A horizontal extent to stack, in any unit (px for marks, ms for eras). */
export interface LaneItem {
	start: number;
	end: number;
	/** Items of lower priority are placed first (default 0): short marks before long spans. */
	priority?: number;
}

export interface LaneLayout {
	/** The lane of each item, in input order; -1 for an item that found no free lane. */
	lanes: number[];
	laneCount: number;
	/** How many items found no free lane within `maxLanes` (their lane is -1). */
	overflow: number;
}

interface Lane {
	starts: number[];
	ends: number[];
}

/**
 * Stacks overlapping items into lanes, first fit by priority then start (ties keep input
 * order), so the same items always land in the same lanes and no two in a lane overlap. Past
 * `maxLanes` an item gets no lane (-1) rather than cover another: the caller shows it some other
 * way (the timeline gathers such marks into a "+N" mark of their own).
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
