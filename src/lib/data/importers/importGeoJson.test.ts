import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toIsoString } from '$lib/time/calendarDate';
import { importGeoJson } from './importGeoJson';
import { readFixture } from '../testing/readFixture';

const shown = (problems: { row: string; field: string; message: string }[]) =>
	problems.map(({ row, field, message }) => `${row}${field ? `, ${field}` : ''}: ${message}`);
const point = (lon: number, lat: number, properties: Record<string, unknown>, id?: string) => ({
	type: 'Feature',
	id,
	geometry: { type: 'Point', coordinates: [lon, lat] },
	properties
});

describe('importGeoJson', () => {
	it('reads the sample: one place per distinct coordinates, times in their own offset', () => {
		const json = JSON.parse(readFixture('examples/events.geojson'));
		const copy = structuredClone(json);
		const { dataset, problems } = importGeoJson(json);
		expect(json).toEqual(copy);
		expect(problems).toEqual([]);
		expect(dataset?.title).toBe("NATO's eastern flank");
		expect(dataset?.places.map((place) => place.id)).toEqual([
			'crimea',
			'podgorica',
			'skopje',
			'kyiv',
			'madrid',
			'brussels',
			'vilnius'
		]);
		const invasion = dataset?.events.find((event) => event.id === 'full-scale-invasion');
		expect(invasion?.date).toMatchObject({ year: 2022, month: 2, day: 24, hour: 5, offset: 120 });
		const communique = dataset?.events.find((event) => event.id === 'vilnius-communique');
		expect(communique).toMatchObject({ places: ['vilnius'], kind: 'statement', actor: 'NATO' });
	});

	it('keeps good features of a half-valid file, and a dated line as a layer and an event', () => {
		const { dataset, problems } = importGeoJson(JSON.parse(readFixture('half-valid.geojson')), {
			title: 'x'
		});
		expect(dataset?.events.map((event) => [event.id, event.places])).toEqual([
			['good', ['kyiv']],
			['a-line-kept-without-a-place', []],
			['markup', ['img-src-x-onerror-window-pwned-1']]
		]);
		expect(dataset?.events[0].date).toMatchObject({ day: 10, hour: 23, minute: 30, offset: -300 });
		expect(dataset?.events[2].title).toBe('<script>window.__pwned=1</script>');
		expect(dataset?.events[1].layer).toBe('a-line-kept-without-a-place');
		expect(dataset?.layers?.map(({ id, style, start }) => [id, style, start])).toEqual([
			['a-line-kept-without-a-place', 'route', Date.UTC(2023, 1, 1)]
		]);
		expect(shown(problems)).toEqual([
			'feature #2, geometry.coordinates: latitude 95 must be between -90 and 90',
			'feature #4, properties.time: "2023-02-30T10:00:00Z" is not a real date',
			'feature #5, properties.time: is missing (give time, date or start)',
			'feature #6, properties.source_url: "javascript:window.__pwned=1" is not an http(s) link, so it was left out'
		]);
	});

	it.each([
		{
			name: 'time arrays give the start and the end',
			props: { title: 't', times: ['2020-01-01', '2020-03-01'] },
			date: '2020-01-01',
			end: '2020-03-01'
		},
		{
			name: 'time may be an array too',
			props: { title: 't', time: ['2020-01-01T12:00Z'] },
			date: '2020-01-01',
			end: undefined
		},
		{
			name: 'epoch milliseconds',
			props: { name: 't', time: Date.UTC(2020, 4, 9, 22) },
			date: '2020-05-09',
			end: undefined
		},
		{
			name: 'start and end',
			props: { name: 't', start: '2020', end: '2021' },
			date: '2020',
			end: '2021'
		}
	])('$name', ({ props, date, end }) => {
		const { dataset } = importGeoJson({
			type: 'FeatureCollection',
			features: [point(30, 50, props)]
		});
		const event = dataset?.events[0];
		const iso = (d?: { year: number; month?: number; day?: number }) =>
			d &&
			[d.year, d.month, d.day]
				.filter((part) => part !== undefined)
				.map((part, i) => String(part).padStart(i ? 2 : 4, '0'))
				.join('-');
		expect([iso(event?.date), iso(event?.end)]).toEqual([date, end]);
	});

	it('names places by name, and gives two names at one spot one place', () => {
		const { dataset } = importGeoJson({
			type: 'FeatureCollection',
			features: [
				point(30, 50, { title: 'a', date: '2020', place: 'Here' }),
				point(30, 50, { title: 'b', date: '2020', place: 'Also here' }),
				point(31, 51, { title: 'c', date: '2020', place: 'Here' }),
				point(32, 52, { title: 'd', date: '2020' })
			]
		});
		expect(dataset?.places.map(({ id, name }) => [id, name])).toEqual([
			['here', 'Here'],
			['here-2', 'Here'],
			['52-32', '52, 32']
		]);
	});

	it.each([
		{ json: { type: 'FeatureCollection' }, problem: 'file, features: must be a list of features' },
		{ json: { type: 'FeatureCollection', features: [1] }, problem: 'feature #1: is not an object' },
		{
			json: JSON.parse(
				'{"type": "Feature", "geometry": {"type": {"toString": false}}, "properties": {"title": "t", "date": "2020"}}'
			),
			problem:
				'feature #1, geometry: is a geometry of no known type: only Point features are placed on the map, so this event has no place'
		},
		{
			json: { type: 'FeatureCollection', features: [point(30, 50, { title: {}, date: '2020' })] },
			problem: 'feature #1, properties.title: must be text'
		},
		{
			json: {
				type: 'FeatureCollection',
				features: [point(30, 50, { title: 't', date: '2020', kind: 'rumour' })]
			},
			problem: 'feature #1, properties.kind: must be one of event, statement, report, claim'
		}
	])('reports $problem', ({ json, problem }) => {
		expect(shown(importGeoJson(json).problems)).toContain(problem);
	});

	it('reads a single Feature as a collection of one', () => {
		expect(
			importGeoJson(point(30, 50, { title: 't', date: '2020' }, 'one')).dataset?.events[0].id
		).toBe('one');
	});

	it('keeps polygons and lines as layers, styled by geometry unless a style property says otherwise', () => {
		const square = [
			[
				[10, 10],
				[11, 10],
				[11, 11],
				[10, 10]
			]
		];
		const feature = (geometry: unknown, properties: Record<string, unknown>) => ({
			type: 'Feature',
			geometry,
			properties
		});
		const { dataset, problems } = importGeoJson({
			type: 'FeatureCollection',
			features: [
				feature(
					{ type: 'Polygon', coordinates: square },
					{ title: 'Flooded area', date: '2024-05-02', end: '2024-05-20' }
				),
				feature(
					{
						type: 'MultiLineString',
						coordinates: [
							[
								[0, 0],
								[1, 1]
							]
						]
					},
					{ title: 'Front', style: 'front', start: '2024-06' }
				),
				feature(
					{
						type: 'LineString',
						coordinates: [
							[0, 0],
							[2, 2]
						]
					},
					{ name: 'Undated road' }
				),
				feature({ type: 'Polygon', coordinates: square }, { title: 'Glowing', style: 'glow' }),
				feature(
					{
						type: 'Polygon',
						coordinates: [
							[
								[0, 95],
								[1, 1],
								[0, 0],
								[0, 95]
							]
						]
					},
					{ title: 'Off the globe' }
				),
				point(30, 50, { title: 'A point event', date: '2024-05-03' })
			]
		});
		expect(dataset?.layers?.map(({ id, style, stop }) => [id, style, stop])).toEqual([
			['flooded-area', 'area', Date.UTC(2024, 4, 21)],
			['front', 'front', Infinity],
			['undated-road', 'route', Infinity],
			['glowing', 'area', Infinity]
		]);
		expect(dataset?.events.map(({ id, layer, places }) => [id, layer, places])).toEqual([
			['flooded-area', 'flooded-area', []],
			['a-point-event', undefined, ['50-30']],
			['front', 'front', []]
		]);
		expect(shown(problems)).toEqual([
			'feature #4, properties.style: is not one of area, occupied, claimed, front, route, so the shape is drawn as area',
			'feature #5, geometry.coordinates: has latitude 95: must be between -90 and 90'
		]);
	});
});

const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
/** Each event's date, precision and end as a reader sees them, in order, with the problems. */
const dated = (json: unknown) => {
	const { dataset, problems } = importGeoJson(json);
	const dates = (dataset?.events ?? []).map(({ date, end }) =>
		[toIsoString(date), date.precision, end && toIsoString(end)].filter(Boolean).join(' ')
	);
	return { dates, problems: shown(problems) };
};

describe('importGeoJson reads numbers in time properties', () => {
	it.each([
		{
			name: 'a whole number up to 9999 is a year, in any time property',
			json: collection(point(18.4, 43.9, { name: 'Sarajevo', date: 1914, end: 1918 })),
			read: { dates: ['1914 year 1918'], problems: [] }
		},
		{
			name: 'milliseconds, as earthquake feeds write them, stay the instant in UTC',
			json: collection(
				point(2.35, 48.85, { title: 'Quake', time: 1709649012345 }),
				point(2.35, 48.85, { title: 'Quake 2', time: 1709601234567 })
			),
			read: { dates: ['2024-03-05T01:13:54Z second', '2024-03-05T14:30:12Z second'], problems: [] }
		},
		{
			name: 'seconds, when every number of the property says so, with one warning for the file',
			json: collection(
				point(2.35, 48.85, { name: 'Paris', time: 1709649000 }),
				point(2.35, 48.85, { name: 'Paris again', time: 1709735400 }),
				point(2.35, 48.85, { name: 'Paris, a year', time: 1914 })
			),
			read: {
				dates: ['1914 year', '2024-03-05T14:30Z minute', '2024-03-06T14:30Z minute'],
				problems: [
					'file, properties.time: numbers read as seconds since 1970 (1709649000 is 5 March 2024, 14:30 UTC)'
				]
			}
		},
		{
			name: 'the unit is decided for each property on its own',
			json: collection(point(0, 0, { name: 'Span', start: 1709649000, end: 1709735400000 })),
			read: {
				dates: ['2024-03-05T14:30Z minute 2024-03-06T14:30Z'],
				problems: [
					'file, properties.start: numbers read as seconds since 1970 (1709649000 is 5 March 2024, 14:30 UTC)'
				]
			}
		},
		{
			name: 'a list of times in seconds',
			json: collection(point(0, 0, { name: 'Track', times: [1709649000, 1709652600] })),
			read: {
				dates: ['2024-03-05T14:30Z minute 2024-03-05T15:30Z'],
				problems: [
					'file, properties.times: numbers read as seconds since 1970 (1709649000 is 5 March 2024, 14:30 UTC)'
				]
			}
		},
		{
			name: 'eight digits that make a day are that day, as GDELT and many exports write it',
			json: collection(point(0, 0, { name: 'Compact', date: 20240305 })),
			read: { dates: ['2024-03-05 day'], problems: [] }
		},
		{
			name: 'a number that is no year and no day, and would fall on 1 January 1970, is refused',
			json: collection(point(0, 0, { name: 'Compact', date: 20240230 })),
			read: {
				dates: [],
				problems: [
					'feature #1, properties.date: 20240230 is not a time: it is not a year (-9999 to 9999), and as milliseconds since 1970 it would be 1970-01-01T05:37:20Z (write a date as text, e.g. "2024-03-05")'
				]
			}
		}
	])('$name', ({ json, read }) => {
		expect(dated(json)).toEqual(read);
	});
});

describe('importGeoJson joins a time of day in `time` to the day in `date`', () => {
	const at = (props: Record<string, unknown>) =>
		collection(point(13.4, 52.5, { name: 'Berlin', ...props }));
	it.each([
		{
			props: { date: '2024-03-05', time: '14:30+01:00' },
			read: { dates: ['2024-03-05T14:30+01:00 minute'], problems: [] }
		},
		{
			props: { date: '2024-03-05', time: '9:05:30Z' },
			read: { dates: ['2024-03-05T09:05:30Z second'], problems: [] }
		},
		{
			props: { start: '2024-03-05', time: '23:30-0500' },
			read: { dates: ['2024-03-05T23:30-05:00 minute'], problems: [] }
		},
		{
			props: { date: '2024-03-05', time: '14:30' },
			read: {
				dates: ['2024-03-05 day'],
				problems: [
					'feature #1, properties.time: "14:30" has no offset (Z or ±HH:MM), so it was not used: only the day 2024-03-05 is kept'
				]
			}
		},
		{
			props: { date: '2024-03', time: '14:30Z' },
			read: {
				dates: ['2024-03 month'],
				problems: [
					'feature #1, properties.time: "14:30Z" was not used: a time of day needs a date of one day (YYYY-MM-DD), not "2024-03"'
				]
			}
		},
		{
			props: { date: '2024-03-05', time: '25:00Z' },
			read: {
				dates: [],
				problems: ['feature #1, properties.time: "25:00Z" is not a real time of day']
			}
		},
		{
			props: { time: '14:30Z' },
			read: {
				dates: [],
				problems: [
					'feature #1, properties.time: "14:30Z" is a time of day, but no date gives its day (add date as YYYY-MM-DD)'
				]
			}
		},
		{
			props: { date: '2024-03-05', time: '2024-03-06T10:00Z' },
			read: { dates: ['2024-03-06T10:00Z minute'], problems: [] }
		}
	])('date $props.date or start $props.start with time $props.time', ({ props, read }) => {
		expect(dated(at(props))).toEqual(read);
	});
});

describe('importGeoJson reads the times of KML converted to GeoJSON', () => {
	const at = (props: Record<string, unknown>) =>
		collection(point(-122.4, 37.8, { name: 'Pier', ...props }));
	it.each([
		{
			props: { timestamp: '2019-06-01T08:00:00Z' },
			read: { dates: ['2019-06-01T08:00:00Z second'], problems: [] }
		},
		{
			props: { timespan: { begin: '2019-06-01', end: '2019-06-03' } },
			read: { dates: ['2019-06-01 day 2019-06-03'], problems: [] }
		},
		{
			props: { timespan: { begin: 'soon' } },
			read: { dates: [], problems: ['feature #1, properties.timespan.begin: "soon" is not a date'] }
		}
	])('$props', ({ props, read }) => {
		const result = dated(at(props));
		expect(result.dates).toEqual(read.dates);
		expect(result.problems.map((problem) => problem.split(' (')[0])).toEqual(
			read.problems.map((problem) => problem.split(' (')[0])
		);
	});
});

describe('importGeoJson reads what GPS tools and map libraries write', () => {
	const line = (properties: Record<string, unknown>, type = 'LineString') => ({
		type: 'Feature',
		geometry: {
			type,
			coordinates:
				type === 'LineString'
					? [
							[30.5, 50.4],
							[30.7, 50.5]
						]
					: [
							[
								[30.5, 50.4],
								[30.7, 50.5]
							],
							[
								[30.8, 50.6],
								[30.9, 50.7]
							]
						]
		},
		properties: { name: 'Patrol', ...properties }
	});
	it.each([
		{
			name: "togeojson's coordinateProperties.times: the track's first and last point",
			json: collection(
				line({ coordinateProperties: { times: ['2024-03-05T08:00:00Z', '2024-03-05T09:30:00Z'] } })
			),
			read: { dates: ['2024-03-05T08:00:00Z second 2024-03-05T09:30:00Z'], problems: [] }
		},
		{
			name: 'coordTimes over the lines of a MultiLineString, read as one list',
			json: collection(
				line(
					{
						coordTimes: [
							['2024-03-05T08:00:00Z', '2024-03-05T08:10:00Z'],
							['2024-03-05T09:00:00Z', '2024-03-05T09:30:00Z']
						]
					},
					'MultiLineString'
				)
			),
			read: { dates: ['2024-03-05T08:00:00Z second 2024-03-05T09:30:00Z'], problems: [] }
		},
		{
			name: 'a bad point time is named by the property it is in',
			json: collection(line({ linestringTimestamps: ['later', '2024-03-05T09:30:00Z'] })),
			read: {
				dates: [],
				problems: ['feature #1, properties.linestringTimestamps: "later" is not a date']
			}
		},
		{
			name: "Leaflet's own style object is left alone, unreported",
			json: collection(line({ date: '2024-03-05', style: { color: '#f00', weight: 3 } })),
			read: { dates: ['2024-03-05 day'], problems: [] }
		}
	])('$name', ({ json, read }) => {
		const result = dated(json);
		expect(result.dates).toEqual(read.dates);
		expect(result.problems.map((problem) => problem.split(' (')[0])).toEqual(read.problems);
	});

	it("reads a GPX waypoint's desc as its note", () => {
		const json = collection(
			point(30.5, 50.4, { name: 'Checkpoint A', desc: 'Road block', date: '2024' })
		);
		expect(importGeoJson(json).dataset?.events[0].note).toBe('Road block');
	});
});

describe('importGeoJson reads text as plain text', () => {
	it.each([
		{
			props: { description: '<b>Bold</b> claim<br>second line &amp; &#233;t&#233;' },
			note: 'Bold claim\nsecond line & été'
		},
		{ props: { note: 'AT&amp;T said so' }, note: 'AT&T said so' },
		{ props: { note: 'a < b & c > d' }, note: 'a < b & c > d' },
		{ props: { description: { '@type': 'html', value: '<p>Hello</p>' } }, note: 'Hello' },
		{ props: { name: '<i>Headline</i>', note: '<iframe src="x">' }, note: '<iframe src="x">' }
	])('a note from $props', ({ props, note }) => {
		const { dataset, problems } = importGeoJson(
			collection(point(0, 0, { title: 'Plain &amp; simple', date: '2024', ...props }))
		);
		expect(problems).toEqual([]);
		expect(dataset?.events[0]).toMatchObject({ title: 'Plain & simple', note });
	});
});

describe('importGeoJson names the property a feature has', () => {
	it.each([
		{ props: { name: {}, date: '2024' }, problem: 'feature #1, properties.name: must be text' },
		{
			props: { title: 't', description: {}, date: '2024' },
			problem: 'feature #1, properties.description: must be text'
		},
		{
			props: { title: 't', date: '2024', url: 'javascript:alert(1)' },
			problem:
				'feature #1, properties.url: "javascript:alert(1)" is not an http(s) link, so it was left out'
		},
		{
			props: { title: 't', time: '2024-03-05', end: '2024-03-01' },
			problem: 'feature #1, properties.end: 2024-03-01 is before the date 2024-03-05'
		},
		{
			props: { title: 't', times: ['2024-03-05', '2024-03-01'] },
			problem: 'feature #1, properties.times: 2024-03-01 is before the date 2024-03-05'
		},
		{
			props: { title: 't', time: ['2024-03-05', '2024-02-30'] },
			problem: 'feature #1, properties.time: "2024-02-30" is not a real date'
		},
		{ props: { date: '2024' }, problem: 'feature #1, properties.title: is missing' }
	])('$problem', ({ props, problem }) => {
		expect(shown(importGeoJson(collection(point(0, 0, props))).problems)).toEqual([problem]);
	});
});

describe('importGeoJson titles the dataset', () => {
	it.each([
		{
			file: { metadata: { title: 'USGS All Earthquakes, Past Day', count: 1 } },
			title: 'USGS All Earthquakes, Past Day'
		},
		{ file: { name: 'relief_routes' }, title: 'relief_routes' },
		{
			file: { title: 'Own title', metadata: { title: 'Feed' }, name: 'layer' },
			title: 'Own title'
		},
		{ file: { metadata: { title: 'Feed' }, name: 'layer' }, title: 'Feed' },
		{ file: { metadata: { title: 7 } }, title: '7' },
		{ file: { metadata: 'Feed', title: {} }, title: 'from-the-file-name' }
	])('$title', ({ file, title }) => {
		const json = { ...collection(point(0, 0, { title: 't', date: '2024' })), ...file };
		expect(importGeoJson(json, { title: 'from-the-file-name' }).dataset?.title).toBe(title);
	});
});

describe('the shipped world example', () => {
	it('imports with points on every continent, a dated polygon and lines as layers, and no problems', () => {
		const text = readFileSync(join(process.cwd(), 'static/examples/world.geojson'), 'utf8');
		const { dataset, problems } = importGeoJson(JSON.parse(text));
		expect(problems).toEqual([]);
		expect(dataset?.places).toHaveLength(7);
		expect(dataset?.layers?.map(({ id, style }) => [id, style])).toEqual([
			['drought-zone', 'area'],
			['shipping-lane', 'route'],
			['planned-rail-corridor-undated', 'route']
		]);
		expect(dataset?.events).toHaveLength(9);
	});
});
