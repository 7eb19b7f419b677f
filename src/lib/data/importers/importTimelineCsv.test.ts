import { describe, expect, it } from 'vitest';
import { importTimelineCsv } from './importTimelineCsv';
import { readFixture } from '../testing/readFixture';

const HEADER =
	'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';
const shown = (problems: { row: string; field: string; message: string }[]) =>
	problems.map(({ row, field, message }) => `${row}${field ? `, ${field}` : ''}: ${message}`);

describe('importTimelineCsv', () => {
	it('reads the template: title row, eras, events without places, HTML as plain text', () => {
		const { dataset, problems } = importTimelineCsv(readFixture('examples/timelinejs.csv'));
		expect(problems).toEqual([]);
		expect(dataset?.title).toBe("NATO's eastern flank");
		expect(dataset?.description).toBe(
			'A sample in the TimelineJS spreadsheet template, saved as CSV.'
		);
		expect(dataset?.places).toEqual([]);
		expect(dataset?.events).toHaveLength(7);
		expect(
			dataset?.events.every((event) => event.places.length === 0 && event.kind === 'event')
		).toBe(true);
		expect(dataset?.eras.map((era) => [era.title, era.date.year, era.end.year])).toEqual([
			['The first two years of the full-scale war', 2022, 2023]
		]);
		const vilnius = dataset?.events.find((event) => event.id === 'nato-summit-in-vilnius');
		expect(vilnius).toMatchObject({
			note: 'The communiqué said: “Ukraine’s future is in NATO.”',
			actor: 'NATO'
		});
		expect(vilnius?.end).toEqual({ year: 2023, month: 7, day: 12, precision: 'day' });
		const crimea = dataset?.events.find((event) => event.id === 'russia-annexes-crimea');
		expect(crimea?.date).toEqual({ year: 2014, month: 3, precision: 'month' });
		const montenegro = dataset?.events.find((event) => event.title.startsWith('Montenegro'));
		expect(montenegro?.media).toEqual([
			{ url: 'https://www.nato.int/', caption: "NATO's website", credit: 'NATO', kind: 'embed' }
		]);
	});

	it('keeps the good rows of a half-valid sheet and names each bad one by line', () => {
		const { dataset, problems } = importTimelineCsv(readFixture('half-valid-timelinejs.csv'));
		expect(dataset?.title).toBe('Broken timeline');
		expect(dataset?.description).toBe('Intro');
		expect(dataset?.events.map((event) => event.title)).toEqual([
			'Good event',
			'No headline: the text stands in'
		]);
		expect(dataset?.events[0]).toMatchObject({
			note: 'Text with a link & more',
			actor: 'Group A'
		});
		expect(dataset?.events[0].media).toBeUndefined();
		// TimelineJS has no alt text: an image's caption stands in for it, with a warning.
		expect(dataset?.events[1].media).toEqual([
			{
				url: 'https://example.org/photo.jpg',
				kind: 'image',
				alt: 'Caption',
				caption: 'Caption',
				credit: 'Credit'
			}
		]);
		expect(shown(problems)).toEqual([
			'line 3, media: "javascript:window.__pwned=1" is not an http(s) link, so it was left out',
			'line 4, Year, Month, Day: "2023-02-30" is not a real date',
			'line 5, Year, Month, Day: month "13" is not a number from 1 to 12',
			'line 6, Year, Month, Day: has a day but no month',
			'line 7, Year, Month, Day: year "twenty" is not a whole number',
			'line 8, End Year, End Month, End Day: 2023-04-01 is before the date 2023-05-01',
			'line 9, media.alt: the file has no alt text, so the caption is used as the image’s alt text: check that it describes the picture'
		]);
	});

	it.each([
		{
			name: 'a year alone is year precision',
			row: '2019,,,,,,,,,Headline',
			date: { year: 2019, precision: 'year' }
		},
		{
			name: 'the time of day is kept, as UTC',
			row: '2019,5,1,10:30,,,,,,Headline',
			date: { year: 2019, month: 5, day: 1, hour: 10, minute: 30, offset: 0, precision: 'minute' }
		},
		{ name: 'an era needs an end', row: '2019,,,,,,,,,Headline,,,,,,era', date: null }
	])('$name', ({ row, date }) => {
		const { dataset, problems } = importTimelineCsv(`${HEADER}\n${row}\n2000,,,,,,,,,Other`);
		if (date)
			expect(dataset?.events.find((event) => event.title === 'Headline')?.date).toEqual(date);
		else expect(shown(problems)).toEqual(['line 2, End Year, End Month, End Day: is missing']);
	});

	it('uses only the first title row and makes unique ids from repeated headlines', () => {
		const text = `${HEADER}\n,,,,,,,,,First,,,,,,title\n,,,,,,,,,Second,,,,,,title\n2020,,,,,,,,,Same\n2021,,,,,,,,,Same`;
		const { dataset, problems } = importTimelineCsv(text, { title: 'From the file name' });
		expect(dataset?.title).toBe('First');
		expect(dataset?.events.map((event) => event.id)).toEqual(['same', 'same-2']);
		expect(shown(problems)).toEqual([
			'line 3, Type: is a second title row; only the first is used'
		]);
	});

	it('falls back to the file name for the title', () => {
		expect(importTimelineCsv(`${HEADER}\n2020,,,,,,,,,x`, { title: 'sheet' }).dataset?.title).toBe(
			'sheet'
		);
	});
});
