import { describe, expect, it } from 'vitest';
import { layoutLanes } from './layoutLanes';

describe('layoutLanes(items, options)', () => {
	const cases = [
		{ name: 'nothing', items: [], options: {}, lanes: [], laneCount: 0, overflow: 0 },
		{
			name: 'apart items share a lane',
			items: [
				{ start: 0, end: 10 },
				{ start: 20, end: 30 }
			],
			options: {},
			lanes: [0, 0],
			laneCount: 1,
			overflow: 0
		},
		{
			name: 'overlapping items stack',
			items: [
				{ start: 0, end: 10 },
				{ start: 5, end: 15 },
				{ start: 12, end: 20 }
			],
			options: {},
			lanes: [0, 1, 0],
			laneCount: 2,
			overflow: 0
		},
		{
			name: 'a gap keeps touching items apart',
			items: [
				{ start: 0, end: 10 },
				{ start: 11, end: 20 }
			],
			options: { gap: 2 },
			lanes: [0, 1],
			laneCount: 2,
			overflow: 0
		},
		{
			name: 'items given out of order are laid in start order',
			items: [
				{ start: 20, end: 30 },
				{ start: 0, end: 25 }
			],
			options: {},
			lanes: [1, 0],
			laneCount: 2,
			overflow: 0
		},
		{
			name: 'past the lane limit an item gets no lane rather than cover another',
			items: [
				{ start: 0, end: 50 },
				{ start: 0, end: 1 },
				{ start: 2, end: 3 },
				{ start: 0.5, end: 2.5, priority: 1 }
			],
			options: { maxLanes: 2 },
			lanes: [0, 1, 1, -1],
			laneCount: 2,
			overflow: 1
		},
		{
			name: 'several overflows each get no lane, and later items still fill free room',
			items: [
				{ start: 0, end: 10 },
				{ start: 0, end: 10 },
				{ start: 0, end: 10 },
				{ start: 5, end: 15 },
				{ start: 20, end: 30 }
			],
			options: { maxLanes: 2 },
			lanes: [0, 1, -1, -1, 0],
			laneCount: 2,
			overflow: 2
		},
		{
			name: 'no lanes at all',
			items: [{ start: 0, end: 1 }],
			options: { maxLanes: 0 },
			lanes: [-1],
			laneCount: 0,
			overflow: 1
		},
		{
			name: 'short items are placed before long ones',
			items: [
				{ start: 0, end: 100, priority: 1 },
				{ start: 10, end: 20 },
				{ start: 30, end: 40 }
			],
			options: {},
			lanes: [1, 0, 0],
			laneCount: 2,
			overflow: 0
		},
		{
			name: 'a long item fills a gap between short ones',
			items: [
				{ start: 0, end: 10 },
				{ start: 50, end: 60 },
				{ start: 12, end: 48, priority: 1 }
			],
			options: {},
			lanes: [0, 0, 0],
			laneCount: 1,
			overflow: 0
		},
		{
			name: 'equal starts keep input order',
			items: [
				{ start: 0, end: 1 },
				{ start: 0, end: 1 },
				{ start: 0, end: 1 }
			],
			options: {},
			lanes: [0, 1, 2],
			laneCount: 3,
			overflow: 0
		}
	];
	it.each(cases)('$name', ({ items, options, lanes, laneCount, overflow }) => {
		const copy = structuredClone(items);
		expect(layoutLanes(items, options)).toEqual({ lanes, laneCount, overflow });
		expect(items).toEqual(copy);
	});

	it.each(cases)('never overlaps two items in a lane: $name', ({ items, options }) => {
		const { lanes } = layoutLanes(items, options);
		const gap = (options as { gap?: number }).gap ?? 0;
		items.forEach((a, i) =>
			items.forEach((b, j) => {
				if (i >= j || lanes[i] < 0 || lanes[i] !== lanes[j]) return;
				expect(a.end + gap <= b.start || b.end + gap <= a.start, `${i} and ${j}`).toBe(true);
			})
		);
	});
});
