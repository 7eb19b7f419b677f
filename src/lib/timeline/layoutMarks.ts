import type { ChronoEvent } from '$lib/data/model';
import type { EventKind } from '$lib/data/schema';
import { layoutLanes } from './layoutLanes';
import { markForm, type MarkForm } from './markShape';

export interface MarkGeometry {
	id: string;
	kind: EventKind;
	form: MarkForm;
	lane: number;
	/** Centre of the kind symbol, px. */
	x: number;
	/** Left edge and width of a bar's span (0 wide for points), px. */
	barX: number;
	barWidth: number;
	/** The date is approximate: the mark is drawn with a soft edge. */
	approximate: boolean;
	/** The bar is a not-after range (when it happened is not known), not a duration. */
	uncertain: boolean;
	/** The title, shortened to the room before the next mark in its lane; '' when there is none. */
	label: string;
}

/** Marks that found no lane, gathered into one "+N" mark in the last lane. */
export interface MarkAggregate {
	lane: number;
	/** Left edge and width of the "+N" mark, px. */
	left: number;
	width: number;
	/** The events it stands for, left to right. */
	ids: string[];
}

export interface MarkLayout {
	marks: MarkGeometry[];
	aggregates: MarkAggregate[];
}

export interface MarkOptions {
	width: number;
	maxLanes: number;
	/** Symbol size, px. */
	size?: number;
	/** Average width of a label character, px. */
	charWidth?: number;
	/** An event that always gets a lane of its own (the selected one), never a "+N". */
	keep?: string | null;
}

const GAP = 3;
const MIN_LABEL_CHARS = 6;
const MAX_LABEL_CHARS = 48;
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Where each event in view is drawn: points at the middle of their day, bars over their whole
 * [start, stop), stacked in lanes, each labelled only where the lane leaves room, so labels give
 * way to marks. No two marks in a lane overlap: when the lanes run out, the last lane holds "+N"
 * marks instead, each standing for the events that found no lane near it. Depends on the events
 * and the scale, never on the current time.
 */
export function layoutMarks(
	events: readonly ChronoEvent[],
	x: (time: number) => number,
	{ width, maxLanes, size = 10, charWidth = 6.2, keep = null }: MarkOptions
): MarkLayout {
	const shapes = events.map((event) => {
		const form = markForm(event);
		// A bar reaching past either edge is cut there, so its symbol and label stay in view.
		const left =
			form === 'bar'
				? Math.max(x(event.start), Math.min(-1, x(event.stop) - size))
				: x(event.start);
		const right = form === 'bar' ? Math.min(x(event.stop), width + 1) : x(event.stop);
		const barWidth = form === 'bar' ? Math.max(right - left, size) : 0;
		const centre = form === 'bar' ? left + size / 2 : (left + right) / 2;
		const start = form === 'bar' ? left : centre - size / 2;
		// The kept event is placed first; spans wider than a quarter of the view are context and
		// take lanes after the rest.
		const priority = event.id === keep ? -1 : barWidth > width / 4 ? 1 : 0;
		const end = Math.max(start + barWidth, centre + size / 2);
		return { event, form, centre, barX: left, barWidth, start, end, priority };
	});
	const fitted = layoutLanes(shapes, { maxLanes, gap: GAP });
	// Past the limit, keep the last lane for the "+N" marks of what did not fit.
	const { lanes } =
		fitted.overflow > 0 ? layoutLanes(shapes, { maxLanes: maxLanes - 1, gap: GAP }) : fitted;
	const placed = shapes.map((_, index) => index).filter((index) => lanes[index] >= 0);
	const left = shapes.map((_, index) => index).filter((index) => lanes[index] < 0);
	const nextStart = roomAfter(shapes, lanes, width);
	const marks = placed.map((index) => {
		const shape = shapes[index];
		const labelStart = shape.centre + size / 2 + GAP;
		const chars = Math.floor((nextStart[index] - labelStart - GAP) / charWidth);
		return {
			id: shape.event.id,
			kind: shape.event.kind,
			form: shape.form,
			lane: lanes[index],
			x: round(shape.centre),
			barX: round(shape.barX),
			barWidth: round(shape.barWidth),
			approximate: shape.event.approximate === true,
			uncertain: shape.event.notAfter !== undefined,
			label:
				chars >= MIN_LABEL_CHARS ? shorten(shape.event.title, Math.min(chars, MAX_LABEL_CHARS)) : ''
		};
	});
	const aggregates = gather(
		left.map((index) => shapes[index]),
		{ lane: Math.max(maxLanes - 1, 0), size, charWidth }
	);
	return { marks, aggregates };
}

/**
 * Gathers the marks that found no lane into "+N" marks, left to right: a mark joins the group
 * before it while its symbol would touch that group's "+N", so the groups never overlap.
 */
function gather(
	shapes: readonly { event: ChronoEvent; centre: number }[],
	{ lane, size, charWidth }: { lane: number; size: number; charWidth: number }
): MarkAggregate[] {
	const sorted = [...shapes].sort((a, b) => a.centre - b.centre || a.event.start - b.event.start);
	const groups: { left: number; members: (typeof sorted)[number][] }[] = [];
	const widthOf = (group: (typeof groups)[number]) =>
		Math.max(
			group.members.at(-1)!.centre + size / 2 - group.left,
			`+${group.members.length}`.length * charWidth + 6
		);
	for (const shape of sorted) {
		const group = groups.at(-1);
		if (group && shape.centre - size / 2 < group.left + widthOf(group) + GAP) {
			group.members.push(shape);
		} else {
			groups.push({ left: shape.centre - size / 2, members: [shape] });
		}
	}
	return groups.map((group) => ({
		lane,
		left: round(group.left),
		width: round(widthOf(group)),
		ids: group.members.map((member) => member.event.id)
	}));
}

/** For each item, where the next item in its lane starts (or the right edge). */
function roomAfter(
	shapes: readonly { start: number }[],
	lanes: readonly number[],
	width: number
): number[] {
	const order = shapes
		.map((_, index) => index)
		.sort((a, b) => shapes[b].start - shapes[a].start || b - a);
	const laneNext = new Map<number, number>();
	const next = new Array<number>(shapes.length);
	for (const index of order) {
		next[index] = laneNext.get(lanes[index]) ?? width;
		laneNext.set(lanes[index], shapes[index].start);
	}
	return next;
}

/**
 * Cuts a title to a number of characters, at a word if one ends near, with an ellipsis. What
 * it keeps is a prefix of the title (never half of a character outside the BMP), so a mark's
 * name, which starts with the full title, contains its visible label (WCAG 2.5.3).
 */
export function shorten(text: string, chars: number): string {
	if (text.length <= chars) return text;
	let end = Math.max(chars - 1, 1);
	if (end > 1 && /[\uD800-\uDBFF]/.test(text[end - 1])) end--;
	const cut = text.slice(0, end);
	const space = cut.lastIndexOf(' ');
	return `${space > chars * 0.6 ? cut.slice(0, space) : cut}…`;
}
