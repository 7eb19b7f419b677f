import { max, min } from 'd3-array';
import { timeScale } from '$lib/time/timeScale';
import type { Dataset } from '$lib/data/model';
import { chooseTicks } from '$lib/time/chooseTicks';
import { formatTick } from '$lib/time/formatTick';
import { timelineDomain } from '$lib/time/timelineDomain';
import { layoutMarks, type MarkGeometry } from '$lib/timeline/layoutMarks';
import { layoutLanes } from '$lib/timeline/layoutLanes';

export const RULER = 28;
const ERA_LANE = 18;

export interface StaticTimeline {
	width: number;
	height: number;
	ticks: { x: number; label: string }[];
	eras: { id: string; title: string; x: number; width: number; y: number }[];
	marks: (MarkGeometry & { y: number })[];
	/** "+N" marks standing for events that found no lane. */
	aggregates: { x: number; y: number; count: number }[];
	marksTop: number;
	/** Where the playhead opens: the last event's day, as the app opens. */
	playheadX: number;
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The timeline's opening view for a picture: the whole extent, its ticks, eras and marks in
 * lanes, laid out by the same functions the interactive timeline uses.
 */
export function staticTimeline(
	dataset: Dataset,
	width: number,
	{ lane = 20, maxLanes = 8 }: { lane?: number; maxLanes?: number } = {}
): StaticTimeline {
	const { events, eras } = dataset;
	const first = min(events, (event) => event.start) ?? 0;
	const last = max(events, (event) => event.stop) ?? 1;
	const domain = timelineDomain(events.length > 0 ? [first, last] : [0, 1]);
	const scale = timeScale(domain, [0, width]);
	const { unit, ticks } = chooseTicks(domain, width);
	const eraLanes = layoutLanes(eras.map((era) => ({ start: era.start, end: era.stop })));
	const marksTop = RULER + eraLanes.laneCount * ERA_LANE + 4;
	const { marks, aggregates } = layoutMarks(events, scale, { width, maxLanes });
	const laneCount = Math.max(
		marks.reduce((most, mark) => Math.max(most, mark.lane + 1), 1),
		...aggregates.map((aggregate) => aggregate.lane + 1)
	);
	return {
		width,
		height: marksTop + laneCount * lane + 8,
		ticks: ticks.map((time) => ({ x: round(scale(time)), label: formatTick(time, unit) })),
		eras: eras.map((era, index) => ({
			id: era.id,
			title: era.title,
			x: round(scale(era.start)),
			width: round(Math.max(scale(era.stop) - scale(era.start), 1)),
			y: RULER + eraLanes.lanes[index] * ERA_LANE
		})),
		marks: marks.map((mark) => ({ ...mark, y: marksTop + mark.lane * lane + lane / 2 })),
		aggregates: aggregates.map((aggregate) => ({
			x: aggregate.left,
			y: marksTop + aggregate.lane * lane + lane / 2,
			count: aggregate.ids.length
		})),
		marksTop,
		playheadX: round(scale(events.at(-1)?.start ?? domain[1]))
	};
}
