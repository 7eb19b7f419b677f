import { describe, expect, it } from 'vitest';
import { importCsv } from './importCsv';
import { readFixture } from '../testing/readFixture';

const HEADER = 'id,title,date,end,place,lat,lon,actor,kind,quote,note,source_url';
const shown = (problems: { row: string; field: string; message: string }[]) =>
	problems.map(({ row, field, message }) => `${row}${field ? `, ${field}` : ''}: ${message}`);

describe('importCsv', () => {
	it('reads the sample: one event per row, places made once from name and coordinates', () => {
		const { dataset, problems } = importCsv(readFixture('examples/events.csv'), {
			title: 'Sample'
		});
		expect(problems).toEqual([]);
		expect(dataset?.title).toBe('Sample');
		expect(dataset?.events).toHaveLength(8);
		expect(dataset?.places.map((place) => place.id)).toEqual([
			'crimea',
			'podgorica',
			'skopje',
			'kyiv',
			'madrid',
			'brussels',
			'vilnius'
		]);
		const communique = dataset?.events.find((event) => event.id === 'vilnius-communique');
		expect(communique).toMatchObject({
			places: ['vilnius'],
			kind: 'statement',
			quote: "Ukraine's future is in NATO."
		});
		const madrid = dataset?.events.find((event) => event.id === 'madrid-summit');
		expect(madrid?.end).toEqual({ year: 2022, month: 6, day: 30, precision: 'day' });
		expect(madrid?.source).toEqual({ title: 'www.nato.int', url: 'https://www.nato.int/' });
	});

	it('reads media_url, media_alt, media_caption and media_credit into the event media', () => {
		const csv = [
			`${HEADER},media_url,media_alt,media_caption,media_credit`,
			'a,Photo,2023,,Kyiv,50.45,30.52,,,,,,media/a.png,Ships in port,Port of Odesa,Desk',
			'b,Clip,2023,,Kyiv,,,,,,,,https://youtu.be/dQw4w9WgXcQ,,A speech,',
			'c,Bad,2023,,Kyiv,,,,,,,,javascript:alert(1),,,',
			'd,No alt,2023,,Kyiv,,,,,,,,b.jpg,,,'
		].join('\n');
		const { dataset, problems } = importCsv(csv);
		const media = (id: string) => dataset?.events.find((event) => event.id === id)?.media;
		expect(media('a')).toEqual([
			{
				url: 'media/a.png',
				kind: 'image',
				alt: 'Ships in port',
				caption: 'Port of Odesa',
				credit: 'Desk'
			}
		]);
		expect(media('b')).toEqual([
			{ url: 'https://youtu.be/dQw4w9WgXcQ', kind: 'video', caption: 'A speech' }
		]);
		expect(media('c')).toBeUndefined();
		expect(shown(problems)).toEqual([
			'line 4, media_url: "javascript:alert(1)" is not an http(s) link, so it was left out',
			'line 5, media_alt: an image needs alt text (what it shows, for readers who cannot see it); it is not shown until it has some',
			'line 5, media_credit: an image should credit who made it'
		]);
	});

	it('keeps the good rows of a half-valid file and names every bad one by line and column', () => {
		const { dataset, problems } = importCsv(readFixture('half-valid.csv'));
		expect(dataset?.events.map((event) => event.id)).toEqual(['kyiv-1', 'kyiv-2', 'no-place']);
		expect(shown(problems)).toEqual([
			'line 3, date: "2023-02-30" is not a real date',
			'line 4, lat: 95 must be between -90 and 90',
			'line 5, place: "Atlantis" has no lat and lon on any line, so it cannot be placed',
			'line 6, id: repeats the id "kyiv-1" of line 2',
			'line 7, kind: must be one of event, statement, report, claim',
			'line 8, end: 2023-03-01 is before the date 2023-03-10',
			'line 9, title: is missing',
			'line 10, place: "Kyiv" has other coordinates on line 2 (50.4501, 30.5234); those are used',
			'line 10, source_url: "javascript:window.__pwned=1" is not an http(s) link, so it was left out',
			'line 11, actor: a statement should name who made it'
		]);
		expect(dataset?.events.find((event) => event.id === 'kyiv-2')?.places).toEqual(['kyiv']);
	});

	it.each([
		{
			name: 'ids are made from titles when the id column is missing or empty',
			text: 'title,date\nNATO summit,2023-07\nNATO summit,2023-08\n,2023-09',
			ids: ['nato-summit', 'nato-summit-2']
		},
		{
			name: 'a made id never takes an id written on a later line',
			text: 'id,title,date\n,Kyiv,2023\nkyiv,Other,2024',
			ids: ['kyiv-2', 'kyiv']
		},
		{
			name: 'a place may be given its coordinates on a later line',
			text: `${HEADER}\na,First,2023-01,,Lviv,,,\nb,Second,2023-02,,Lviv,49.84,24.03`,
			ids: ['a', 'b']
		},
		{
			name: 'tab-separated text with loosely written column names',
			text: 'ID\tTitle\tDate\tSource URL\nx\tOne\t2023\thttps://example.org/',
			ids: ['x'],
			delimiter: '\t'
		}
	])('$name', ({ text, ids, delimiter }) => {
		const { dataset } = importCsv(text, { delimiter });
		expect(dataset?.events.map((event) => event.id)).toEqual(ids);
	});

	it.each([
		{ text: 'name,when\nx,2023', message: 'has no "title" or "date" column (found "name", "when"' },
		{ text: 'title,place\nx,Kyiv', message: 'has no "date" column' },
		{ text: '', message: 'has no "title" or "date" column (found none' }
	])('refuses a file without the required columns: $message', ({ text, message }) => {
		const { dataset, problems } = importCsv(text);
		expect(dataset).toBeNull();
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ row: 'file', severity: 'error' });
		expect(problems[0].message).toContain(message);
	});

	it('warns about columns it does not read and keeps markup as text', () => {
		const { dataset, problems } = importCsv('title,date,colour\n"<b>x</b>",2023,red');
		expect(shown(problems)).toEqual(['file: has columns that were ignored: "colour"']);
		expect(dataset?.events[0].title).toBe('<b>x</b>');
	});
});

describe('importCsv: the names spreadsheets give columns', () => {
	const read = (csv: string) => {
		const { dataset, problems } = importCsv(csv);
		return {
			places: dataset?.places.map(({ name, lat, lon }) => `${name} ${lat},${lon}`),
			events: dataset?.events.map(
				(event) => `${event.title} @${event.places.join('+')}: ${event.note ?? ''}`
			),
			problems: shown(problems)
		};
	};
	it.each([
		{
			name: 'Latitude, Longitude and Location are the coordinates and the place they name',
			csv: 'Title,Date,Latitude,Longitude,Location,Description\nProtest,2024-03-05,50.45,30.52,Kyiv,In the square',
			places: ['Kyiv 50.45,30.52'],
			events: ['Protest @kyiv: In the square'],
			problems: []
		},
		{
			name: 'lng and long are longitudes too',
			csv: 'title,date,lat,lng\nA,2024,-17.7,178.1\n',
			places: ['-17.7, 178.1 -17.7,178.1'],
			events: ['A @17-7-178-1: '],
			problems: []
		},
		{
			name: 'without coordinates, Location is left alone (a gazetteer miss would drop the row)',
			csv: 'title,date,location\nA,2024,Online\n',
			places: [],
			events: ['A @: '],
			problems: ['file: has columns that were ignored: "location"']
		},
		{
			name: "the file's own lat and place win over their other names, which are reported unread",
			csv: 'title,date,lat,lon,latitude,place,location\nA,2024,1,2,3,Here,There\n',
			places: ['Here 1,2'],
			events: ['A @here: '],
			problems: ['file: has columns that were ignored: "latitude", "location"']
		},
		{
			name: 'a column named twice is said: each row reads the first that is not empty',
			csv: 'title,date,note,note\nA,2024,,second\n',
			places: [],
			events: ['A @: second'],
			problems: [
				'file: has more than one column named "note": each row reads the first of them that is not empty'
			]
		},
		{
			name: 'a table without a title names the columns as the file does',
			csv: 'Headline,Date,Latitude\nA,2024,1\n',
			places: [],
			events: [],
			problems: [
				'file: has no "title" column (found "headline", "date", "latitude"; expected id, title, date, end, not_after, approximate, place, lat, lon, actor, kind, quote, note, source_url, category, tags, media_url, media_alt, media_caption, media_credit, time, notafter)'
			]
		},
		{
			name: 'a problem names the column as the file does',
			csv: 'title,date,Latitude,Longitude\nA,2024,north,2\n',
			places: [],
			events: [],
			problems: ['line 2, latitude: "north" is not a number']
		}
	])('$name', ({ csv, places, events, problems }) => {
		const result = read(csv);
		expect(result.problems).toEqual(problems);
		expect(result.events ?? []).toEqual(events);
		expect(result.places ?? []).toEqual(places);
	});
});
