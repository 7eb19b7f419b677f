import { describe, expect, it } from 'vitest';
import { guessDateForm, guessMapping } from './guessMapping';

describe('guessMapping(headers, rows)', () => {
	it.each([
		{
			headers: ['Headline', 'Event Date', 'Latitude', 'Longitude', 'Notes'],
			rows: [{ event_date: '21-11-2023' }],
			expected: {
				title: 'Headline',
				date: { column: 'Event Date', form: 'dd-mm-yyyy' },
				lat: 'Latitude',
				lon: 'Longitude',
				note: 'Notes'
			}
		},
		{
			headers: ['what', 'when', 'location', 'who', 'type', 'keywords'],
			rows: [{ when: '21 November 2023' }, { when: 'December 2023' }],
			expected: {
				title: 'what',
				date: { column: 'when', form: 'd month yyyy' },
				place: 'location',
				actor: 'who',
				category: 'type',
				tags: 'keywords'
			}
		},
		{
			headers: ['name', 'timestamp', 'lat'],
			rows: [{ timestamp: '1700562900000' }],
			expected: { title: 'name', date: { column: 'timestamp', form: 'epoch-ms' } }
		},
		{
			headers: ['a', 'b'],
			rows: [],
			expected: { title: 'a', date: { column: '', form: 'iso' } }
		},
		{
			// A column of links is the source; a column of names called Source is who said it.
			headers: ['Event', 'Date', 'Source', 'Link'],
			rows: [
				{ event: 'Vote', date: '2024-03-05', source: 'Reuters', link: 'https://example.org/a' }
			],
			expected: {
				title: 'Event',
				date: { column: 'Date', form: 'iso' },
				actor: 'Source',
				source: 'Link'
			}
		},
		{
			// Forensic Architecture's timemap sheet: its description is its only text, not the id.
			headers: ['id', 'description', 'date', 'time', 'location', 'latitude', 'longitude'],
			rows: [{ id: '1', description: 'Tear gas fired', date: '06/01/2020', time: '21:30' }],
			expected: {
				title: 'description',
				date: { column: 'date', form: 'dd-mm-yyyy' },
				time: 'time',
				place: 'location',
				lat: 'latitude',
				lon: 'longitude'
			}
		},
		{
			// Without a description, words before a column of numbers.
			headers: ['id', 'when', 'what'],
			rows: [{ id: '17', when: '2024', what: 'Vote' }],
			expected: { title: 'what', date: { column: 'when', form: 'iso' } }
		},
		{
			// Links under any other name are the source too, unless they are pictures.
			headers: ['Title', 'Date', 'Image', 'Page', 'Still'],
			rows: [
				{
					title: 'Vote',
					date: '2024',
					image: 'https://example.org/vote',
					page: 'https://example.org/page',
					still: 'https://example.org/vote.jpg'
				}
			],
			expected: { title: 'Title', date: { column: 'Date', form: 'iso' }, source: 'Page' }
		},
		{
			// Flourish and TimelineJS-like sheets give a span as a start and an end column.
			headers: ['Start Date', 'End Date', 'Headline'],
			rows: [{ start_date: '2024-03-05', end_date: '2024-03-09', headline: 'Siege' }],
			expected: {
				title: 'Headline',
				date: { column: 'Start Date', form: 'iso' },
				end: 'End Date'
			}
		},
		{
			headers: ['Event', 'Date', 'Source'],
			rows: [{ event: 'Vote', date: '2024-03-05', source: 'https://example.org/a' }],
			expected: { title: 'Event', date: { column: 'Date', form: 'iso' }, source: 'Source' }
		},
		{
			// A Wikidata Query Service export: the label, not the item's address, is the title.
			headers: ['item', 'itemLabel', 'date', 'coord'],
			rows: [
				{
					item: 'http://www.wikidata.org/entity/Q201083',
					itemlabel: 'assassination of Archduke Franz Ferdinand',
					date: '1914-06-28T00:00:00Z',
					coord: 'Point(18.4131 43.8563)'
				},
				{
					item: 'http://www.wikidata.org/entity/Q11812',
					itemlabel: 'Battle of Actium',
					date: '-0030-09-02T00:00:00Z',
					coord: 'Point(20.7333 38.9333)'
				}
			],
			expected: {
				title: 'itemLabel',
				date: { column: 'date', form: 'iso' },
				lat: 'coord',
				lon: 'coord',
				source: 'item'
			}
		},
		{
			headers: ['link', 'Ereignis', 'Datum'],
			rows: [{ link: 'https://news.example/1', ereignis: 'Demo', datum: '05.03.2024' }],
			expected: { title: 'Ereignis', date: { column: '', form: 'iso' }, source: 'link' }
		},
		{
			headers: ['name', 'headline', 'when'],
			rows: [{ name: 'https://news.example/1', headline: 'Vote', when: '2024' }],
			expected: { title: 'headline', date: { column: 'when', form: 'iso' }, source: 'name' }
		},
		{
			headers: ['url', 'source_url'],
			// Only links: one is the source, and the other as good a title to start from as any.
			rows: [{ url: 'https://a.example', source_url: 'https://b.example' }],
			expected: { title: 'url', date: { column: '', form: 'iso' }, source: 'source_url' }
		},
		{
			headers: ['Year', 'Event'],
			rows: [{ year: '476' }, { year: '1453' }, { year: '1914' }],
			expected: { title: 'Event', date: { column: 'Year', form: 'iso' } }
		},
		{
			headers: ['timestamp', 'name', 'lat', 'lon'],
			rows: [{ timestamp: '1709649000' }, { timestamp: '1709650000' }],
			expected: {
				title: 'name',
				date: { column: 'timestamp', form: 'epoch-s' },
				lat: 'lat',
				lon: 'lon'
			}
		},
		{
			headers: ['Date', 'Headline', 'Latitude', 'Longitude'],
			rows: [{ date: 'March 5, 2024' }, { date: 'Mar 6, 2024' }],
			expected: {
				title: 'Headline',
				date: { column: 'Date', form: 'd month yyyy' },
				lat: 'Latitude',
				lon: 'Longitude'
			}
		},
		{
			headers: ['what', 'when', 'position'],
			rows: [{ what: 'Vote', when: '2024', position: '50.45, 30.52' }],
			expected: {
				title: 'what',
				date: { column: 'when', form: 'iso' },
				lat: 'position',
				lon: 'position'
			}
		},
		{
			// Decimal commas: each of these is one number, not a pair.
			headers: ['Ereignis', 'Breitengrad', 'Längengrad'],
			rows: [{ ereignis: 'Demo', breitengrad: '52,52', längengrad: '13,405' }],
			expected: { title: 'Ereignis', date: { column: '', form: 'iso' } }
		},
		// A police log: a column of times beside the dates, its offset in its name.
		{
			headers: ['Incident', 'Date', 'Time (UTC)', 'Location'],
			rows: [
				{ incident: 'Theft', date: '05/03/2024', 'time_(utc)': '14:30' },
				{ incident: 'Fire', date: '13/03/2024', 'time_(utc)': '2:05 AM' }
			],
			expected: {
				title: 'Incident',
				date: { column: 'Date', form: 'dd-mm-yyyy' },
				time: 'Time (UTC)',
				offset: 'Z',
				place: 'Location'
			}
		},
		{
			headers: ['what', 'date', 'hour', 'date_gmt+2'],
			rows: [{ what: 'Vote', date: '2024-03-05', hour: '09:00', 'date_gmt+2': 'x' }],
			expected: { title: 'what', date: { column: 'date', form: 'iso' }, time: 'hour' }
		},
		// The start, not the end; an offset it cannot read, or says it is not, is no guess.
		{
			headers: ['What', 'Date End', 'Date Start', 'Time (UTC+2:30:00)'],
			rows: [{ what: 'Vote', date_end: '2024', date_start: '2023', 'time_(utc+2:30:00)': '9:00' }],
			expected: {
				title: 'What',
				date: { column: 'Date Start', form: 'iso' },
				time: 'Time (UTC+2:30:00)'
			}
		},
		{
			headers: ['What', 'Date', 'Time (local, not UTC)'],
			rows: [{ what: 'Vote', date: '2024-03-05', 'time_(local,_not_utc)': '9:00' }],
			expected: {
				title: 'What',
				date: { column: 'Date', form: 'iso' },
				time: 'Time (local, not UTC)'
			}
		},
		// A `time` column that is not times of day is no time column.
		{
			headers: ['what', 'date', 'time'],
			rows: [{ what: 'Vote', date: '2024-03-05', time: 'morning' }],
			expected: { title: 'what', date: { column: 'date', form: 'iso' } }
		},
		// Dates and times in one column, its name giving their offset.
		{
			headers: ['Event', 'Date/Time (GMT+05:30)'],
			rows: [{ event: 'Vote', 'date/time_(gmt+05:30)': '11/21/2023 2:30 PM' }],
			expected: {
				title: 'Event',
				date: { column: 'Date/Time (GMT+05:30)', form: 'mm-dd-yyyy' },
				offset: '+05:30'
			}
		}
	])('$headers', ({ headers, rows, expected }) => {
		const before = structuredClone(rows);
		expect(guessMapping(headers, rows)).toEqual(expected);
		expect(rows).toEqual(before);
	});
});

describe('guessDateForm(values)', () => {
	it.each([
		{ values: ['2023-11-21', '2024'], expected: 'iso' },
		{ values: ['21-11-2023', '', '01/02/2024'], expected: 'dd-mm-yyyy' },
		{ values: ['21 November 2023', '2023'], expected: 'd month yyyy' },
		{ values: ['1700562900000'], expected: 'epoch-ms' },
		// A number of at most four digits is a year, never an instant in 1970.
		{ values: ['476', '1453', '1914'], expected: 'iso' },
		{ values: ['-30', '1914'], expected: 'iso' },
		{ values: ['1709649000', '1709650000'], expected: 'epoch-s' },
		{ values: ['100000000', '99999999999'], expected: 'epoch-s' },
		{ values: ['100000000000', '1700562900000'], expected: 'epoch-ms' },
		// Neither all seconds nor all milliseconds, or too small to be either: the author says.
		{ values: ['1709649000', '1700562900000'], expected: 'iso' },
		{ values: ['20240305'], expected: 'iso' },
		{ values: ['March 5, 2024', 'Mar 6, 2024', 'March 2024'], expected: 'd month yyyy' },
		{ values: ['11/21/2023', '01/02/2024'], expected: 'mm-dd-yyyy' },
		{ values: ['1914-06-28T00:00:00Z', '+1066-10-14T00:00:00Z'], expected: 'iso' },
		{ values: ['soon', 'later'], expected: 'iso' },
		// No form reads them all: the one that reads the most, so only the odd cell is refused.
		{
			values: ['11/5/2024', '11/5/2024 13:45:00', '11/6/2024', '11/20/2024'],
			expected: 'mm-dd-yyyy'
		},
		{ values: ['5 March 2024', '6 March 2024', 'soon'], expected: 'd month yyyy' },
		// The sixth row decides month first, which five rows alone would not.
		{
			values: ['06/01/2020', '06/02/2020', '06/03/2020', '06/04/2020', '06/05/2020', '06/13/2020'],
			expected: 'mm-dd-yyyy'
		},
		// A time after the date says nothing of how the date is written.
		{ values: ['05/03/2024 14:30', '13/03/2024 2:05 PM'], expected: 'dd-mm-yyyy' },
		{ values: ['March 5, 2024, 2:30 pm'], expected: 'd month yyyy' },
		{ values: [], expected: 'iso' }
	])('$values → $expected', ({ values, expected }) => {
		expect(guessDateForm(values)).toBe(expected);
	});
});
