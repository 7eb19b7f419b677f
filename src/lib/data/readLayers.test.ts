import { describe, expect, it } from 'vitest';
import { parseDataset } from './parseDataset';
import { LIMITS } from './limits';

const square = {
	type: 'Polygon',
	coordinates: [
		[
			[10, 10],
			[11, 10],
			[11, 11],
			[10, 10]
		]
	]
};
const parse = (extra: Record<string, unknown>) =>
	parseDataset({ version: 1, title: 'T', events: [], ...extra });
const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);

describe('parseDataset reads layers', () => {
	it('keeps a dated polygon, a line, a feature collection and a basemap ref', () => {
		const { dataset, problems } = parse({
			layers: [
				{
					id: 'zone',
					title: 'Zone',
					style: 'area',
					date: '2020-03',
					end: '2020-05',
					geometry: square
				},
				{
					id: 'road',
					title: 'Road',
					style: 'route',
					geojson: {
						type: 'FeatureCollection',
						features: [
							{
								type: 'Feature',
								geometry: {
									type: 'LineString',
									coordinates: [
										[0, 0],
										[1, 1]
									]
								}
							}
						]
					}
				},
				{
					id: 'crimea',
					title: 'Crimea',
					style: 'occupied',
					ref: 'occupied:crimea',
					place: 'crimea'
				}
			]
		});
		expect(problems).toEqual([]);
		const [zone, road, crimea] = dataset!.layers!;
		expect([zone.start, zone.stop]).toEqual([utc('2020-03-01'), utc('2020-06-01')]);
		expect(road.geometries).toEqual([
			{
				type: 'LineString',
				coordinates: [
					[0, 0],
					[1, 1]
				]
			}
		]);
		expect(road.start).toBe(-Infinity);
		expect(road.stop).toBe(Infinity);
		expect(crimea).toMatchObject({ ref: 'occupied:crimea', place: 'crimea', geometries: [] });
	});

	const bad = [
		{
			layer: { id: 'a', title: 'A', style: 'glow', geometry: square },
			field: 'style',
			message: 'must be one of area'
		},
		{
			layer: { id: 'a', title: 'A', style: 'area' },
			field: 'geometry',
			message: 'give geometry, geojson or ref'
		},
		{
			layer: { id: 'a', title: 'A', style: 'area', geometry: square, ref: 'occupied:crimea' },
			field: 'ref',
			message: 'give only one'
		},
		{
			layer: { id: 'a', title: 'A', style: 'area', ref: 'http://x' },
			field: 'ref',
			message: 'must name a basemap shape'
		},
		{
			layer: { id: 'a', title: 'A', style: 'area', geometry: { type: 'Circle', coordinates: [] } },
			field: 'geometry.type',
			message: 'must be one of Point'
		},
		{
			layer: {
				id: 'a',
				title: 'A',
				style: 'area',
				geometry: {
					type: 'LineString',
					coordinates: [
						[0, 95],
						[1, 1]
					]
				}
			},
			field: 'geometry.coordinates',
			message: 'latitude 95'
		},
		{
			layer: {
				id: 'a',
				title: 'A',
				style: 'area',
				geometry: { type: 'Polygon', coordinates: 'x' }
			},
			field: 'geometry.coordinates',
			message: 'nested lists'
		},
		{
			layer: { id: 'a', title: 'A', style: 'area', date: '2020-13', geometry: square },
			field: 'date',
			message: ''
		},
		{
			layer: { id: 'a', title: 'A', style: 'area', date: '2021', end: '2020', geometry: square },
			field: 'end',
			message: 'before the date'
		}
	];
	it.each(bad)('drops a layer with a bad $field and says why', ({ layer, field, message }) => {
		const { dataset, problems } = parse({ layers: [layer] });
		expect(dataset!.layers).toEqual([]);
		expect(problems).toEqual([
			expect.objectContaining({ row: 'layer "a"', field, severity: 'error' })
		]);
		expect(problems[0].message).toContain(message);
	});

	it('stops reading geometry past LIMITS.layerVertices coordinate pairs over all layers', () => {
		const half = Math.ceil(LIMITS.layerVertices / 2) + 1;
		const line = {
			type: 'LineString',
			coordinates: Array.from({ length: half }, (_, i) => [0, i % 90])
		};
		const { dataset, problems } = parse({
			layers: [
				{ id: 'first', title: 'First', style: 'route', geometry: line },
				{ id: 'second', title: 'Second', style: 'route', geometry: line }
			]
		});
		expect(dataset!.layers!.map((layer) => layer.id)).toEqual(['first']);
		expect(problems).toEqual([
			expect.objectContaining({ row: 'layer "second"', field: 'geometry' })
		]);
		expect(problems[0].message).toContain(String(LIMITS.layerVertices - half));
	});

	it('links an event to its layer and warns about an unknown one', () => {
		const { dataset, problems } = parse({
			layers: [{ id: 'zone', title: 'Zone', style: 'area', geometry: square }],
			events: [
				{ id: 'e1', title: 'In the zone', date: '2020', layer: 'zone' },
				{ id: 'e2', title: 'Lost', date: '2020', layer: 'nowhere' }
			]
		});
		expect(dataset!.events.map((event) => event.layer)).toEqual(['zone', undefined]);
		expect(problems).toEqual([
			expect.objectContaining({ row: 'event "e2"', field: 'layer', severity: 'warning' })
		]);
	});
});

describe('parseDataset reads memberships', () => {
	it('expands the reference sets the app ships, NATO and the EU with the UK leaving', () => {
		const { dataset, problems } = parse({ memberships: ['nato', 'eu'] });
		expect(problems).toEqual([]);
		const [nato, eu] = dataset!.memberships!;
		expect(nato.members.find((member) => member.country === 'MKD')!.start).toBe(utc('2020-03-27'));
		const uk = eu.members.find((member) => member.country === 'GBR')!;
		expect([uk.start, uk.stop]).toEqual([utc('1973-01-01'), utc('2020-02-01')]);
		expect(eu.members.some((member) => member.country === 'UKR')).toBe(false);
	});

	it('reads a set listed in full and reports a bad member by its field', () => {
		const { dataset, problems } = parse({
			memberships: [
				{
					id: 'pact',
					title: 'Pact',
					members: [
						{ country: 'POL', joined: '1955-05-14', left: '1991-07-01' },
						{ country: 'Poland', joined: '1955' }
					]
				},
				'warsaw'
			]
		});
		expect(dataset!.memberships).toEqual([
			{
				id: 'pact',
				title: 'Pact',
				members: [{ country: 'POL', start: utc('1955-05-14'), stop: utc('1991-07-02') }]
			}
		]);
		expect(problems).toEqual([
			expect.objectContaining({ row: 'membership "pact"', field: 'members.1.country' }),
			expect.objectContaining({
				row: 'membership "warsaw"',
				message: expect.stringContaining('nato, eu')
			})
		]);
	});

	it('gives a dataset that names no set no memberships', () => {
		expect(parse({}).dataset!.memberships).toEqual([]);
	});
});
