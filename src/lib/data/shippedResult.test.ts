import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText, detectSafely } from './importers/importText';
import type { ImportResult } from './importers/importText';
import { readShipped, writeShipped } from './shippedResult';

const shipped = () => {
	const text = readFileSync('static/data/events.json', 'utf8');
	return importText(text, detectSafely(text), { name: 'events.json' });
};

describe('writeShipped / readShipped', () => {
	it('gives the shipped dataset back exactly as the readers made it', async () => {
		const result = await shipped();
		const text = writeShipped(result);
		expect(text).not.toBeNull();
		expect(readShipped(text)).toEqual(result);
		expect(writeShipped(readShipped(text)!)).toBe(text);
	});

	it.each([
		['an unbounded start', -Infinity],
		['an unbounded stop', Infinity],
		['a number that is not one', NaN]
	])('keeps %s', (_name, value) => {
		const result = {
			format: 'chronomap',
			problems: [],
			dataset: { events: [], layers: [{ start: value, stop: 5 }] }
		} as unknown as ImportResult;
		const back = readShipped(writeShipped(result));
		expect((back?.dataset as unknown as { layers: { start: number }[] }).layers[0].start).toBe(
			value
		);
	});

	it.each([
		['a Date', new Date(0)],
		['a Map', new Map()],
		['a Set', new Set()],
		['an object that looks like the infinity mark', { $number: 'Infinity' }]
	])('refuses a result holding %s, which JSON would not give back', (_name, value) => {
		const result = {
			format: 'chronomap',
			problems: [],
			dataset: { events: [{ extra: value }] }
		} as unknown as ImportResult;
		expect(writeShipped(result)).toBeNull();
	});

	it.each([
		['nothing', null],
		['an empty text', ''],
		['text that is not JSON', '{"dataset":'],
		['JSON without a dataset', '{"problems":[]}'],
		['a dataset without events', '{"dataset":{},"problems":[]}'],
		['a result without problems', '{"dataset":{"events":[]}}']
	])('reads %s as no shipped result', (_name, text) => {
		expect(readShipped(text)).toBeNull();
	});
});
