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
});
