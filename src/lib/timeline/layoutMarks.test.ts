import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import type { ChronoEvent } from '$lib/data/model';
import { parseDataset } from '$lib/data/parseDataset';
import { extentOf } from '$lib/state/timeSteps';
import { timelineDomain } from '$lib/time/timelineDomain';
import { chooseTicks } from '$lib/time/chooseTicks';
import { formatTick } from '$lib/time/formatTick';
import { layoutMarks, shorten } from './layoutMarks';
import { eventsInRange, indexByTime } from './timeIndex';

const DAY = 86_400_000;
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
		const [point, bar] = layoutMarks([day(21), month], x, { width: 400, maxLanes: 4 });
		expect(point).toMatchObject({ form: 'point', x: 205, barWidth: 0, lane: 0 });
		expect(bar).toMatchObject({ form: 'bar', barX: 0, barWidth: 300, x: 5, lane: 1 });
	});

	it('labels only where the lane leaves room', () => {
		const marks = layoutMarks([day(1), day(3), day(20)], x, { width: 400, maxLanes: 4 });
		expect(marks.map((mark) => mark.label)).toEqual(['', 'day-3', 'day-20']);
	});

	it('never leaves a mark out past the lane limit', () => {
		const marks = layoutMarks([day(1), day(1), day(1)], x, { width: 400, maxLanes: 2 });
		expect(marks.map((mark) => mark.lane)).toEqual([0, 1, 1]);
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
});

describe('the article timeline at 960 px', () => {
	const text = readFileSync(path.resolve(process.cwd(), 'static/data/events.json'), 'utf8');
	const dataset = parseDataset(text).dataset!;

	it.each([
		{ name: 'whole span', range: null },
		{ name: 'November 2023', range: [utc(2023, 11), utc(2023, 12)] as const }
	])('draws the same marks and ticks ($name)', ({ range }) => {
		const domain = range ?? timelineDomain(extentOf(dataset.events)!);
		const scale = scaleUtc().domain(domain).range([0, 960]);
		const ticks = chooseTicks(domain, 960);
		const marks = layoutMarks(eventsInRange(indexByTime(dataset.events), domain), scale, {
			width: 960,
			maxLanes: 16
		});
		const lines = [
			`ticks (${ticks.unit}): ${ticks.ticks.map((tick) => `${Math.round(scale(tick))}:${formatTick(tick, ticks.unit)}`).join(' ')}`,
			...marks.map(
				(mark) =>
					`${mark.id} ${mark.form} lane ${mark.lane} x ${mark.x} bar ${mark.barX}+${mark.barWidth} "${mark.label}"`
			)
		];
		expect(lines).toMatchSnapshot();
	});
});
