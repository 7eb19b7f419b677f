import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import type { ChronoEvent } from '$lib/data/model';
import { parseDataset } from '$lib/data/parseDataset';
import { extentOf } from '$lib/state/timeSteps';
import { timelineDomain } from '$lib/time/timelineDomain';
import { layoutMarks, shorten, type MarkLayout } from './layoutMarks';
import { eventsInRange, indexByTime } from './timeIndex';

const DAY = 86_400_000;
const SIZE = 10;

/**
 * What a reader needs of any layout: every event is drawn once, as a mark or inside one "+N"
 * mark; nothing lies outside the lanes; and no two things in a lane overlap, so a pointer on a
 * mark's symbol (or on a "+N") reaches that mark and nothing else.
 */
function expectReachable(layout: MarkLayout, ids: readonly string[], maxLanes: number) {
	const shown = [
		...layout.marks.map((mark) => mark.id),
		...layout.aggregates.flatMap((a) => a.ids)
	];
	expect(shown.toSorted()).toEqual([...ids].sort());
	const boxes = [
		...layout.marks.map((mark) => ({
			what: mark.id,
			lane: mark.lane,
			left: mark.form === 'bar' ? Math.min(mark.barX, mark.x - SIZE / 2) : mark.x - SIZE / 2,
			right: Math.max(mark.barX + mark.barWidth, mark.x + SIZE / 2)
		})),
		...layout.aggregates.map((aggregate) => ({
			what: `+${aggregate.ids.length}`,
			lane: aggregate.lane,
			left: aggregate.left,
			right: aggregate.left + aggregate.width
		}))
	].sort((a, b) => a.lane - b.lane || a.left - b.left);
	for (const box of boxes) {
		expect(box.lane, box.what).toBeGreaterThanOrEqual(0);
		expect(box.lane, box.what).toBeLessThan(maxLanes);
	}
	for (let i = 1; i < boxes.length; i++) {
		const [before, after] = [boxes[i - 1], boxes[i]];
		if (before.lane !== after.lane) continue;
		expect(after.left, `${before.what} and ${after.what} in lane ${after.lane}`).toBeGreaterThan(
			before.right
		);
	}
	// A "+N" is itself a mark to reach: it is never empty and at least as wide as its label.
	for (const aggregate of layout.aggregates) {
		expect(aggregate.ids.length).toBeGreaterThan(0);
		expect(aggregate.width).toBeGreaterThanOrEqual(SIZE);
	}
}
const utc = (year: number, month = 1, day = 1) => Date.UTC(year, month - 1, day);
const event = (id: string, date: ChronoEvent['date'], start: number, stop: number, title = id) =>
	({ id, title, kind: 'event', date, start, stop }) as ChronoEvent;

describe('layoutMarks(events, x, options)', () => {
	const x = (time: number) => ((time - utc(2023, 11)) / DAY) * 10;
	const day = (d: number) =>
		event(
			`day-${d}`,
			{ year: 2023, month: 11, day: d, precision: 'day' },
			utc(2023, 11, d),
			utc(2023, 11, d + 1)
		);
	const month = event(
		'month',
		{ year: 2023, month: 11, precision: 'month' },
		utc(2023, 11),
		utc(2023, 12),
		'A month-long event'
	);

	it('puts a day at the middle of its day and a month over the whole month, below it', () => {
		const {
			marks: [point, bar]
		} = layoutMarks([day(21), month], x, { width: 400, maxLanes: 4 });
		expect(point).toMatchObject({ form: 'point', x: 205, barWidth: 0, lane: 0 });
		expect(bar).toMatchObject({ form: 'bar', barX: 0, barWidth: 300, x: 5, lane: 1 });
	});

	it('labels only where the lane leaves room', () => {
		const { marks } = layoutMarks([day(1), day(3), day(20)], x, { width: 400, maxLanes: 4 });
		expect(marks.map((mark) => mark.label)).toEqual(['', 'day-3', 'day-20']);
	});

	it('gathers what finds no lane into a "+N" in the last lane, never over another mark', () => {
		const layout = layoutMarks([day(1), day(1), day(1)], x, { width: 400, maxLanes: 2 });
		expect(layout.marks.map((mark) => [mark.id, mark.lane])).toEqual([['day-1', 0]]);
		expect(layout.aggregates).toEqual([
			{ lane: 1, left: 0, width: expect.any(Number), ids: ['day-1', 'day-1'] }
		]);
	});

	it('always gives the kept (selected) event a lane of its own, even when others overflow', () => {
		const crowd = [1, 1, 1, 1].map((d, index) => ({ ...day(d), id: `crowd-${index}` }));
		const without = layoutMarks(crowd, x, { width: 400, maxLanes: 2 });
		expect(without.marks.map((mark) => mark.id)).not.toContain('crowd-3');
		const kept = layoutMarks(crowd, x, { width: 400, maxLanes: 2, keep: 'crowd-3' });
		expect(kept.marks.map((mark) => mark.id)).toEqual(['crowd-3']);
		expect(kept.aggregates.flatMap((aggregate) => aggregate.ids)).not.toContain('crowd-3');
	});

	it('uses every lane for marks while nothing overflows', () => {
		const layout = layoutMarks([day(1), day(1), day(1)], x, { width: 400, maxLanes: 3 });
		expect(layout.marks.map((mark) => mark.lane)).toEqual([0, 1, 2]);
		expect(layout.aggregates).toEqual([]);
	});

	const crowd = (days: number[], perDay: number) =>
		days.flatMap((d) =>
			Array.from({ length: perDay }, (_, i) => ({ ...day(d), id: `d${d}-${i}` }))
		);
	it.each([
		{ name: 'two crowded days far apart', days: [3, 20], perDay: 9, maxLanes: 4, aggregates: 2 },
		{ name: 'neighbouring crowded days', days: [3, 4, 5], perDay: 6, maxLanes: 3, aggregates: 1 },
		{ name: 'a single lane', days: [2, 10, 11, 25], perDay: 3, maxLanes: 1, aggregates: 3 },
		{ name: 'a hundred on one day', days: [7], perDay: 100, maxLanes: 16, aggregates: 2 }
	])('several overflows: $name', ({ days, perDay, maxLanes, aggregates }) => {
		const events = [...crowd(days, perDay), month];
		const layout = layoutMarks(events, x, { width: 400, maxLanes });
		expectReachable(
			layout,
			events.map((event) => event.id),
			maxLanes
		);
		expect(layout.aggregates).toHaveLength(aggregates);
		expect(layout.aggregates.every((aggregate) => aggregate.lane === maxLanes - 1)).toBe(true);
	});

	it('keeps every mark reachable for any events, widths and lane limits', () => {
		const anyEvent = fc.record({
			offset: fc.integer({ min: 0, max: 60 }),
			days: fc.constantFrom(1, 1, 1, 2, 7, 30, 400)
		});
		fc.assert(
			fc.property(
				fc.array(anyEvent, { maxLength: 120 }),
				fc.integer({ min: 100, max: 1400 }),
				fc.integer({ min: 1, max: 16 }),
				(rows, width, maxLanes) => {
					const events = rows.map(({ offset, days }, i) =>
						event(
							`e${i}`,
							{ year: 2023, month: 11, day: 1, precision: days === 1 ? 'day' : 'month' },
							utc(2023, 11, 1 + offset),
							utc(2023, 11, 1 + offset + days)
						)
					);
					const scale = (time: number) => ((time - utc(2023, 11)) / (61 * DAY)) * width;
					const layout = layoutMarks(events, scale, { width, maxLanes });
					expectReachable(
						layout,
						events.map((e) => e.id),
						maxLanes
					);
				}
			),
			{ numRuns: 200 }
		);
	});
});

describe('shorten(text, chars)', () => {
	it.each([
		{ text: 'Short', chars: 10, expected: 'Short' },
		{ text: 'Stoltenberg visits Skopje', chars: 20, expected: 'Stoltenberg visits…' },
		{ text: 'Counteroffensive', chars: 8, expected: 'Counter…' }
	])('$text in $chars', ({ text, chars, expected }) => {
		expect(shorten(text, chars)).toBe(expected);
		expect(shorten(text, chars).length).toBeLessThanOrEqual(chars);
	});

	// WCAG 2.5.3 label in name: a mark's name starts with the full title, so what the label
	// shows (without its "…") must be a prefix of the title, never half a character.
	it.each([
		{ text: '𠮷野家の𠮷田さんが店を開いた', chars: 4 },
		{ text: '𠮷野家の𠮷田さんが店を開いた', chars: 6 },
		{ text: 'Rally 𝐍𝐎 𝐓𝐎 𝐖𝐀𝐑 in the square', chars: 9 },
		{ text: 'Rally 𝐍𝐎 𝐓𝐎 𝐖𝐀𝐑 in the square', chars: 10 },
		{ text: 'MP Ramzan Kadyrov speaks', chars: 6 },
		{ text: 'Протест у Києві проти війни', chars: 12 }
	])('$text in $chars shows a prefix of it', ({ text, chars }) => {
		const shown = shorten(text, chars);
		expect(shown.endsWith('…')).toBe(true);
		expect(shown.length).toBeLessThanOrEqual(chars);
		const visible = shown.slice(0, -1);
		expect(visible.isWellFormed()).toBe(true);
		expect(text.startsWith(visible)).toBe(true);
	});
});

describe('the article timeline at 960 px', () => {
	const text = readFileSync(path.resolve(process.cwd(), 'static/data/events.json'), 'utf8');
	const dataset = parseDataset(text).dataset!;

	it.each([
		{ name: 'whole span', range: null },
		{ name: 'November 2023', range: [utc(2023, 11), utc(2023, 12)] as const }
	])('leaves every event reachable ($name)', ({ range }) => {
		const domain = range ?? timelineDomain(extentOf(dataset.events)!);
		const scale = scaleUtc().domain(domain).range([0, 960]);
		const inView = eventsInRange(indexByTime(dataset.events), domain);
		const layout = layoutMarks(inView, scale, { width: 960, maxLanes: 16 });
		expect(inView.length).toBeGreaterThan(10);
		expectReachable(
			layout,
			inView.map((event) => event.id),
			16
		);
		for (const mark of layout.marks) {
			expect(mark.x).toBeGreaterThanOrEqual(-SIZE);
			expect(mark.x).toBeLessThanOrEqual(960 + SIZE);
		}
	});
});
