import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../detectFormat';
import { acledDate, readAcledDay } from './acledDate';
import { acledCategory, acledFatalities, acledTags } from './importAcled';
import { importDataset } from './importDataset';

const sample = readFileSync(
	path.resolve(import.meta.dirname, '../../../../static/examples/acled-sample.csv'),
	'utf8'
);

describe('acledDate(event_date, time_precision)', () => {
	it.each([
		['2023-11-21', '1', { date: '2023-11-21' }],
		['21 November 2023', '1', { date: '2023-11-21' }],
		['21-11-2023', '', { date: '2023-11-21' }],
		['01 January 2024', '2', { date: '2023-12-29', notAfter: '2024-01-04' }],
		['2024-03-01', '2', { date: '2024-02-27', notAfter: '2024-03-04' }],
		['15 October 2023', '3', { date: '2023-10' }]
	])('%s at precision "%s"', (eventDate, precision, expected) => {
		expect(acledDate(eventDate, precision)).toEqual({ ok: true, ...expected });
	});

	it('warns about an unknown precision and refuses a date that is not one', () => {
		expect(acledDate('2023-11-21', '4')).toMatchObject({
			ok: true,
			date: '2023-11-21',
			warning: expect.stringContaining('"4"')
		});
		expect(acledDate('2023-02-30', '1')).toMatchObject({ ok: false });
		expect(readAcledDay('31 Foo 2023')).toBeNull();
	});
});

describe('the ACLED importer', () => {
	it('is chosen by the header', () => {
		expect(detectFormat(sample)).toEqual({ format: 'acled', delimiter: ',' });
	});

	const result = importDataset(sample);
	const events = new Map(result.dataset!.events.map((event) => [event.id, event]));

	it('reads the sample without problems, sharing places between rows', () => {
		expect(result.format).toBe('acled');
		expect(result.problems).toEqual([]);
		expect(events.size).toBe(5);
		expect(result.dataset!.places.map((place) => place.name)).toEqual([
			'Riverton',
			'Port Amber',
			'Hillcrest'
		]);
	});

	it('maps id, title, date precision, actor, place, category, tags, note and source', () => {
		const shelling = events.get('EXAMPLE001')!;
		expect(shelling).toMatchObject({
			title: 'Shelling/artillery/missile attack in Riverton',
			actor: 'Example Armed Group A',
			kind: 'event',
			places: ['riverton'],
			source: { title: 'Example Daily' }
		});
		expect(shelling.note).toContain('Second actor: Civilians (Example).');
		expect(shelling.tags).toEqual(['Shelling/artillery/missile attack', 'Political violence']);
		expect(result.dataset!.categories?.find((c) => c.id === shelling.category)?.label).toBe(
			'Explosions/Remote violence'
		);
		expect(shelling.note).toContain('Fatalities (ACLED): 2.');
		const protest = events.get('EXAMPLE002')!;
		expect([protest.date, protest.notAfter].map((date) => JSON.stringify(date))).toEqual([
			expect.stringContaining('2023'),
			expect.stringContaining('2023')
		]);
	});

	it('gives the category, tags and fatalities through small adapters', () => {
		const values = {
			event_type: 'Battles',
			sub_event_type: 'Armed clash',
			disorder_type: 'Political violence',
			fatalities: '5'
		};
		expect(acledCategory(values)).toBe('Battles');
		expect(acledTags(values)).toEqual(['Armed clash', 'Political violence']);
		expect(acledFatalities(values)).toBe(5);
		expect(acledFatalities({ fatalities: 'many' })).toBeUndefined();
	});

	it('names a bad row by line and ACLED column', () => {
		const bad = sample
			.replace('EXAMPLE005,2023-11-19', 'EXAMPLE005,2023-19-11')
			.replace('46.64,32.61,1,Example Daily,National', '146.64,32.61,1,Example Daily,National');
		const read = importDataset(bad);
		expect(read.problems).toContainEqual(
			expect.objectContaining({ row: 'line 6', field: 'event_date', severity: 'error' })
		);
		expect(read.problems).toContainEqual(
			expect.objectContaining({ row: 'line 2', field: 'latitude', severity: 'error' })
		);
	});

	it('reads 100,000 rows in linear time', () => {
		const [header, first] = sample.split('\n');
		const lines = [header];
		for (let i = 0; i < 100_000; i++) {
			lines.push(
				first
					.replace('EXAMPLE001', `EXAMPLE${i}`)
					.replace(',46.64,', `,${(40 + (i % 1000) / 100).toFixed(2)},`)
			);
		}
		const started = performance.now();
		const read = importDataset(lines.join('\n'));
		const seconds = (performance.now() - started) / 1000;
		expect(read.dataset?.events).toHaveLength(100_000);
		expect(read.dataset?.places).toHaveLength(1000);
		console.info(`ACLED import of 100,000 rows: ${seconds.toFixed(1)} s`);
		expect(seconds).toBeLessThan(60); // loose: a few seconds on an idle machine
	}, 120_000);
});
