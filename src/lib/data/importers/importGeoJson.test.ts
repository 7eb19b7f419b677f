import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
