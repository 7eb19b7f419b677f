import { describe, expect, it } from 'vitest';
import { importTimelineJson } from './importTimelineJson';
import { readFixture } from '../testing/readFixture';

const shown = (problems: { row: string; field: string; message: string }[]) =>
	problems.map(({ row, field, message }) => `${row}${field ? `, ${field}` : ''}: ${message}`);

describe('importTimelineJson', () => {
	it('reads the sample: title slide, events by unique_id or headline, eras, no places', () => {
		const json = JSON.parse(readFixture('examples/timelinejs.json'));
		const copy = structuredClone(json);
		const { dataset, problems } = importTimelineJson(json);
		expect(json).toEqual(copy);
		expect(problems).toEqual([]);
		expect(dataset?.title).toBe("NATO's eastern flank");
		expect(dataset?.description).toBe('A sample in TimelineJS 3 JSON.');
		expect(dataset?.events.map((event) => event.id)).toEqual([
			'crimea-annexed',
			'montenegro-joins-nato',
			'north-macedonia-becomes-nato-s-30th-member',
			'russia-launches-its-full-scale-invasion-of-ukraine',
			'nato-summit-in-madrid',
			'finland-becomes-nato-s-31st-member',
			'nato-summit-in-vilnius'
		]);
		expect(dataset?.events[1]).toMatchObject({
			title: 'Montenegro becomes NATO’s 29th member',
			date: { year: 2017, month: 6, day: 5, precision: 'day' },
			media: [
				{ url: 'https://www.nato.int/', caption: "NATO's website", credit: 'NATO', kind: 'embed' }
			],
			actor: 'NATO',
			places: []
		});
		expect(dataset?.eras).toHaveLength(1);
	});

	it('strips markup from every text, keeps good events and names bad ones by position', () => {
		const { dataset, problems } = importTimelineJson(
			JSON.parse(readFixture('markup-timelinejs.json'))
		);
		expect(dataset?.title).toBe('Markup timeline');
		expect(dataset?.description).toBeUndefined();
		expect(
			dataset?.events.map((event) => [event.id, event.title, event.note, event.actor])
		).toEqual([
			['<script>window.__pwned=1</script>', 'Headline', 'Body <script>', 'group'],
			['good', 'Good event', undefined, undefined]
		]);
		expect(dataset?.events[1].media).toEqual([
			{
				url: 'https://example.org/photo.jpg',
				kind: 'image',
				alt: 'Photo caption',
				caption: 'Photo caption',
				credit: 'Someone'
			}
		]);
		expect(shown(problems)).toEqual([
			'event #1, media: "javascript:window.__pwned=1" is not an http(s) link, so it was left out',
			'event #2, media.alt: the file has no alt text, so the caption is used as the image’s alt text: check that it describes the picture',
			'event #3, unique_id: repeats the id "good" of event #2',
			'event #4, start_date: "2023-02-30" is not a real date',
			'event #5, start_date: is missing',
			'event #6: is not an object',
			'era #1, end_date: is missing'
		]);
	});

	it.each([
		{
			name: 'numbers as years',
			event: { start_date: { year: 1991, month: 8, day: 24 } },
			iso: [1991, 8, 24]
		},
		{
			name: 'empty strings mean not given',
			event: { start_date: { year: '1991', month: '', day: '' } },
			iso: [1991]
		},
		{
			name: 'a headline-less event takes its title from the text',
			event: { start_date: { year: '1991' }, text: { text: '<p>Only text</p>' } },
			iso: [1991]
		}
	])('$name', ({ event, iso }) => {
		const { dataset } = importTimelineJson({ events: [{ text: { headline: 'x' }, ...event }] });
		const date = dataset?.events[0].date;
		expect([date?.year, date?.month, date?.day].filter((part) => part !== undefined)).toEqual(iso);
	});

	it.each([
		{ json: {}, problem: 'file, events: must be a list' },
		{
			json: { events: [{ start_date: '2020' }] },
			problem: 'event #1, start_date: must be an object with year, month and day'
		},
		{ json: { events: [], eras: 'none' }, problem: 'file, eras: must be a list' }
	])('reports $problem', ({ json, problem }) => {
		expect(shown(importTimelineJson(json).problems)).toContain(problem);
	});
});
