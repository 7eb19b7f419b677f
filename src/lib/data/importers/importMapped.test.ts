import { describe, expect, it } from 'vitest';
import { guessMapping } from '$lib/mapping/guessMapping';
import { toIsoString } from '$lib/time/calendarDate';
import { growth } from '../testing/countWork';
import { importDataset } from './importDataset';
import type { ColumnMapping } from './mapColumns';

/**
 * What the reader sees of a table opened with a mapping (by default the one guessed from the
 * rows it is offered with): the mapping, the events with their places, and the problems.
 */
function open(text: string, chosen?: ColumnMapping) {
	const offered = importDataset(text, { name: 'table.csv' });
	if (!offered.table) throw new Error('the table was not offered for mapping');
	const mapping = chosen ?? guessMapping(offered.table.headers, offered.table.rows);
	const { dataset, problems } = importDataset(text, { name: 'table.csv', mapping });
	const places = new Map(dataset?.places.map((place) => [place.id, place]));
	const events = (dataset?.events ?? [])
		.map((event) => {
			const place = places.get(event.places?.[0] ?? '');
			return {
				title: event.title,
				date: toIsoString(event.date),
				precision: event.date.precision,
				...(place ? { lat: place.lat, lon: place.lon } : {})
			};
		})
		.sort((a, b) => a.title.localeCompare(b.title));
	return { mapping, events, problems };
}

const WIKIDATA = `item,itemLabel,date,coord
http://www.wikidata.org/entity/Q201083,assassination of Archduke Franz Ferdinand,1914-06-28T00:00:00Z,Point(18.4131 43.8563)
http://www.wikidata.org/entity/Q1470,Battle of Hastings,+1066-10-14T00:00:00Z,Point(0.4875 50.9114)
http://www.wikidata.org/entity/Q11812,Battle of Actium,-0030-09-02T00:00:00Z,Point(20.7333 38.9333)
http://www.wikidata.org/entity/Q8683,Treaty of Waitangi,1840-02-06T00:00:00Z,Point(174.0722 -35.2692)
`;

describe('importDataset(table, { mapping: guessMapping(…) })', () => {
	it.each([
		{
			name: 'a Wikidata export: labels as titles, midnight-UTC instants as days, WKT points as places',
			text: WIKIDATA,
			mapping: {
				title: 'itemLabel',
				date: { column: 'date', form: 'iso' },
				lat: 'coord',
				lon: 'coord',
				source: 'item'
			},
			events: [
				{
					title: 'assassination of Archduke Franz Ferdinand',
					date: '1914-06-28',
					precision: 'day',
					lat: 43.8563,
					lon: 18.4131
				},
				{
					title: 'Battle of Actium',
					date: '-0030-09-02',
					precision: 'day',
					lat: 38.9333,
					lon: 20.7333
				},
				{
					title: 'Battle of Hastings',
					date: '1066-10-14',
					precision: 'day',
					lat: 50.9114,
					lon: 0.4875
				},
				{
					title: 'Treaty of Waitangi',
					date: '1840-02-06',
					precision: 'day',
					lat: -35.2692,
					lon: 174.0722
				}
			]
		},
		{
			name: 'a year column with years before 1000',
			text: 'Year,Event\n476,Fall of Rome\n1453,Fall of Constantinople\n-30,Death of Cleopatra\n',
			mapping: { title: 'Event', date: { column: 'Year', form: 'iso' } },
			events: [
				{ title: 'Death of Cleopatra', date: '-0030', precision: 'year' },
				{ title: 'Fall of Constantinople', date: '1453', precision: 'year' },
				{ title: 'Fall of Rome', date: '0476', precision: 'year' }
			]
		},
		{
			name: 'seconds since 1970',
			text: 'timestamp,name,lat,lon\n1709649000,Epoch seconds A,10,10\n1709650001,Epoch seconds B,10,10\n',
			mapping: {
				title: 'name',
				date: { column: 'timestamp', form: 'epoch-s' },
				lat: 'lat',
				lon: 'lon'
			},
			events: [
				{
					title: 'Epoch seconds A',
					date: '2024-03-05T14:30Z',
					precision: 'minute',
					lat: 10,
					lon: 10
				},
				{
					title: 'Epoch seconds B',
					date: '2024-03-05T14:46:41Z',
					precision: 'second',
					lat: 10,
					lon: 10
				}
			]
		},
		{
			name: 'milliseconds since 1970',
			text: 'time,title\n1700562900000,Vote\n',
			mapping: { title: 'title', date: { column: 'time', form: 'epoch-ms' } },
			events: [{ title: 'Vote', date: '2023-11-21T10:35Z', precision: 'minute' }]
		},
		{
			name: 'US dates with the month in words, and a "lat, lon" column',
			text: 'Date,Headline,Position\n"March 5, 2024",US style date,"38.9, -77.03"\n"Mar 6, 2024",Another,"38.9, -77.03"\nMarch 2024,A month,"38.9, -77.03"\n',
			mapping: {
				title: 'Headline',
				date: { column: 'Date', form: 'd month yyyy' },
				lat: 'Position',
				lon: 'Position'
			},
			events: [
				{ title: 'A month', date: '2024-03', precision: 'month', lat: 38.9, lon: -77.03 },
				{ title: 'Another', date: '2024-03-06', precision: 'day', lat: 38.9, lon: -77.03 },
				{ title: 'US style date', date: '2024-03-05', precision: 'day', lat: 38.9, lon: -77.03 }
			]
		},
		{
			name: 'a timemap sheet: its description is the title, and its sixth row says month first',
			text:
				'id,description,date,time,location,latitude,longitude\n' +
				['01', '02', '03', '04', '05', '13']
					.map(
						(day, at) => `${at + 1},Protest ${at + 1},06/${day}/2020,21:30,Portland,45.52,-122.68`
					)
					.join('\n'),
			mapping: {
				title: 'description',
				date: { column: 'date', form: 'mm-dd-yyyy' },
				// Its times have no offset: the days are kept, and a warning asks for one.
				time: 'time',
				place: 'location',
				lat: 'latitude',
				lon: 'longitude'
			},
			events: ['01', '02', '03', '04', '05', '13'].map((day, at) => ({
				title: `Protest ${at + 1}`,
				date: `2020-06-${day}`,
				precision: 'day',
				lat: 45.52,
				lon: -122.68
			}))
		},
		{
			name: 'a table with title and date columns whose dates are in words, offered once none reads',
			text: 'Title,Date,Latitude,Longitude\nProtest,5 March 2024,50.45,30.52\nVote,"April 2, 2024",46.48,30.72\n',
			mapping: {
				title: 'Title',
				date: { column: 'Date', form: 'd month yyyy' },
				lat: 'Latitude',
				lon: 'Longitude'
			},
			events: [
				{ title: 'Protest', date: '2024-03-05', precision: 'day', lat: 50.45, lon: 30.52 },
				{ title: 'Vote', date: '2024-04-02', precision: 'day', lat: 46.48, lon: 30.72 }
			]
		},
		{
			name: "a report's export with its title on the line above the header",
			text: 'Incident report - exported 05/03/2024 14:02\nwhen,what\n2024-03-05,Vote\n',
			mapping: { title: 'what', date: { column: 'when', form: 'iso' } },
			events: [{ title: 'Vote', date: '2024-03-05', precision: 'day' }]
		},
		{
			name: 'an Excel table that declares its delimiter on a sep= line, offered without that line',
			text: 'sep=;\r\nwhen;what;lat;lon\r\n2024-03-05;Protest;50,45;30,52\r\n',
			mapping: {
				title: 'what',
				date: { column: 'when', form: 'iso' },
				lat: 'lat',
				lon: 'lon'
			},
			events: [{ title: 'Protest', date: '2024-03-05', precision: 'day', lat: 50.45, lon: 30.52 }]
		},
		{
			name: 'US dates in digits, month first',
			text: 'when,what\n11/21/2023,Vote\n03/05/2024,Count\n',
			mapping: { title: 'what', date: { column: 'when', form: 'mm-dd-yyyy' } },
			events: [
				{ title: 'Count', date: '2024-03-05', precision: 'day' },
				{ title: 'Vote', date: '2023-11-21', precision: 'day' }
			]
		}
	])('$name', ({ text, mapping, events }) => {
		const opened = open(text);
		expect(opened.mapping).toEqual(mapping);
		expect(opened.events).toEqual(events);
		expect(opened.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
	});

	it('names what it cannot read on its own line, in line order, and keeps the rest', () => {
		const text =
			'item,itemLabel,date,coord\n' +
			'http://www.wikidata.org/entity/Q1,Real time,2024-03-05T14:30:00Z,Point(18.4131 43.8563)\n' +
			'http://www.wikidata.org/entity/Q2,Actium,-0030-09-02T00:00:00Z,Point(20.7333 38.9333)\n' +
			'http://www.wikidata.org/entity/Q3,On the Moon,2024-03-06T10:00:00Z,<http://www.wikidata.org/entity/Q405> Point(23.47 0.67)\n' +
			'http://www.wikidata.org/entity/Q4,Nowhere,2024-03-07T10:00:00Z,Point(1 2\n';
		const opened = open(text, {
			title: 'itemLabel',
			date: { column: 'date', form: 'iso' },
			lat: 'coord',
			lon: 'coord'
		});
		expect(opened.events).toEqual([
			{ title: 'Actium', date: '-0030-09-02', precision: 'day', lat: 38.9333, lon: 20.7333 },
			{
				title: 'Real time',
				date: '2024-03-05T14:30:00Z',
				precision: 'second',
				lat: 43.8563,
				lon: 18.4131
			}
		]);
		expect(opened.problems).toEqual([
			{
				row: 'line 3',
				field: 'date',
				message:
					'"-0030-09-02T00:00:00Z": Chronomap keeps a time of day only from the year 1000, so only the day is kept',
				severity: 'warning'
			},
			{
				row: 'line 4',
				field: 'place',
				message:
					'"<http://www.wikidata.org/entity/Q405> Po…" is a point on another globe (http://www.wikidata.org/entity/Q405)',
				severity: 'error'
			},
			{
				row: 'line 5',
				field: 'place',
				message:
					'"Point(1 2" is not a place written Point(longitude latitude) or "latitude, longitude"',
				severity: 'error'
			}
		]);
	});

	it('does work that doubles when the rows double, bad cells and all', () => {
		const make = (n: number) =>
			[
				'item,itemLabel,date,coord',
				...Array.from({ length: n }, (_, i) => {
					const date =
						i % 5 === 0
							? '+1914-02-30T00:00:00Z'
							: `+${1000 + (i % 900)}-0${1 + (i % 9)}-1${i % 10}T00:00:00Z`;
					const coord =
						i % 7 === 0
							? 'Point(x y)'
							: `Point(${((i * 53) % 350) - 175} ${((i * 37) % 170) - 85})`;
					return `http://www.wikidata.org/entity/Q${i},Item ${i % 13},${date},${coord}`;
				})
			].join('\n');
		const mapping = guessMapping(
			['item', 'itemLabel', 'date', 'coord'],
			[
				{
					item: 'http://www.wikidata.org/entity/Q1',
					itemlabel: 'Item',
					date: '',
					coord: 'Point(1 2)'
				}
			]
		);
		const texts = new Map([1_000, 2_000].map((n) => [n, make(n)]));
		const { ratio } = growth(
			(n) => () => importDataset(texts.get(n) ?? make(n), { name: 'work.csv', mapping }),
			1_000
		);
		expect(ratio).toBeLessThan(2.6);
	});
});
