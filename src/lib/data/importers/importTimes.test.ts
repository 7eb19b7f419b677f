import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importCsv } from './importCsv';
import { importGeoJson } from './importGeoJson';
import { importTimelineJson } from './importTimelineJson';

describe('importers keep times of day', () => {
	it('reads the earthquake feed sample as 24 instants an hour apart, in UTC', () => {
		const file = path.resolve(process.cwd(), 'static/examples/earthquakes.geojson');
		const { dataset, problems } = importGeoJson(JSON.parse(readFileSync(file, 'utf8')));
		expect(problems).toEqual([]);
		const starts = dataset!.events.map((event) => event.start);
		expect(new Set(starts).size).toBe(24);
		starts.forEach((start, index) => {
			expect(start).toBe(Date.UTC(2025, 2, 12, index, 17));
			expect(dataset!.events[index].date.offset).toBe(0);
		});
	});

	it('keeps a GeoJSON date-time without an offset as its day, with a warning', () => {
		const { dataset, problems } = importGeoJson({
			type: 'Feature',
			properties: { title: 'A', time: '2022-02-24T04:50' },
			geometry: { type: 'Point', coordinates: [30.5, 50.4] }
		});
		expect(dataset?.events[0].date).toEqual({ year: 2022, month: 2, day: 24, precision: 'day' });
		expect(problems).toMatchObject([
			{
				field: 'properties.time',
				severity: 'warning',
				message: expect.stringContaining('no offset')
			}
		]);
	});

	it('reads TimelineJS JSON hour, minute and second as UTC', () => {
		const { dataset, problems } = importTimelineJson({
			events: [
				{
					start_date: { year: 2022, month: 2, day: 24, hour: 4, minute: 50, second: 12 },
					text: { headline: 'A' }
				}
			]
		});
		expect(problems).toEqual([]);
		expect(dataset?.events[0].start).toBe(Date.UTC(2022, 1, 24, 4, 50, 12));
	});

	it('joins a CSV time column to date, and reads notAfter and approximate', () => {
		const { dataset, problems } = importCsv(
			[
				'title,date,time,notAfter,approximate,place,lat,lon',
				'A,2022-02-24,04:50+02:00,,,Kyiv,50.45,30.52',
				'B,2014-03,,2014-05,yes,Kyiv,,',
				'C,2022-02-24,04:50,,,Kyiv,,'
			].join('\n')
		);
		expect(dataset?.events.map((event) => event.title)).toEqual(['B', 'A']);
		expect(dataset?.events[1].start).toBe(Date.UTC(2022, 1, 24, 2, 50));
		expect(dataset?.events[0]).toMatchObject({ approximate: true, notAfter: { month: 5 } });
		expect(problems).toMatchObject([
			{
				row: 'line 4',
				field: 'date',
				severity: 'error',
				message: expect.stringContaining('no offset')
			}
		]);
	});
});
