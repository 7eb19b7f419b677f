import { describe, expect, it } from 'vitest';
import { parseDataset } from '$lib/data/parseDataset';
import { generateEvents } from './generateEvents';

describe('generateEvents(count, seed)', () => {
	it('is the same for the same seed and differs for another', () => {
		expect(generateEvents(50, 7)).toEqual(generateEvents(50, 7));
		expect(generateEvents(50, 7)).not.toEqual(generateEvents(50, 8));
	});

	it('makes a valid dataset with every row kept', () => {
		const { dataset, problems } = parseDataset(JSON.stringify(generateEvents(2000, 1)));
		expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
		expect(dataset?.events).toHaveLength(2000);
		expect(dataset?.places.length).toBeGreaterThanOrEqual(45);
	});

	it('mixes precisions, spans and kinds between 2014 and 2023', () => {
		const { events } = generateEvents(2000, 1);
		const precision = (date: string) => date.length;
		expect(new Set(events.map((event) => precision(event.date)))).toEqual(new Set([4, 7, 10]));
		expect(events.some((event) => event.end)).toBe(true);
		expect(new Set(events.map((event) => event.kind)).size).toBe(4);
		expect(events.every((event) => event.date >= '2014' && event.date < '2024')).toBe(true);
	});

	it('makes no events when asked for none', () => {
		expect(generateEvents(0).events).toEqual([]);
	});

	describe('with distinct places', () => {
		const dataset = generateEvents(5000, 3, { places: 500 });
		const { events, places = [] } = dataset;

		it('makes a valid dataset with every row kept', () => {
			const parsed = parseDataset(JSON.stringify(dataset));
			expect(parsed.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
			expect(parsed.dataset?.events).toHaveLength(5000);
			expect(parsed.dataset?.places).toHaveLength(500);
		});

		it('uses every place, spread over every quarter of the Earth', () => {
			const used = new Set(events.flatMap((event) => event.places ?? []));
			expect(used.size).toBe(500);
			expect(new Set(places.map((place) => place.id)).size).toBe(500);
			const quarters = new Set(
				places.map((p) => `${p.lat > 0 ? 'N' : 'S'}${p.lon > 0 ? 'E' : 'W'}`)
			);
			expect(quarters).toEqual(new Set(['NE', 'NW', 'SE', 'SW']));
			expect(places.some((place) => place.lon > 170) && places.some((p) => p.lon < -170)).toBe(
				true
			);
		});

		it('has place-less and multi-place events, notes of article length and every precision', () => {
			const share = (test: (event: (typeof events)[number]) => boolean) =>
				events.filter(test).length / events.length;
			expect(share((event) => event.places?.length === 0)).toBeGreaterThan(0.05);
			expect(share((event) => (event.places?.length ?? 0) > 1)).toBeGreaterThan(0.1);
			const noteLengths = events.map((event) => event.note?.length ?? 0);
			expect(Math.min(...noteLengths)).toBeGreaterThan(100);
			expect(Math.max(...noteLengths)).toBeGreaterThan(300);
			expect(new Set(events.map((event) => event.date.length))).toEqual(new Set([4, 7, 10]));
			expect(JSON.stringify(events).length / events.length).toBeGreaterThan(400);
		});

		it('puts notes on the share of events asked for, and sources on half as many', () => {
			const sparse = generateEvents(4_000, 1, { places: 400, notes: 0.05 }).events;
			const noted = sparse.filter((event) => event.note).length / sparse.length;
			const sourced = sparse.filter((event) => event.source).length / sparse.length;
			expect(noted).toBeGreaterThan(0.03);
			expect(noted).toBeLessThan(0.07);
			expect(sourced).toBeLessThan(0.04);
			expect(sparse.filter((event) => event.note).every((e) => e.note!.length > 100)).toBe(true);
		});

		it('keeps the fixed-place rows as they were, for comparison', () => {
			expect(generateEvents(100, 1).places).toHaveLength(50);
			expect(generateEvents(100, 1).events.every((event) => !event.note)).toBe(true);
		});
	});
});
