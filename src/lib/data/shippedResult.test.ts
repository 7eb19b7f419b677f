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
		const parts = writeShipped(result);
		expect(parts?.events).toHaveLength(result.dataset!.events.length);
		expect(readShipped(parts)).toEqual(result);
		expect(writeShipped(readShipped(parts)!)).toEqual(parts);
	});

	it('writes texts no script element can be closed by, and reads them back', async () => {
		const result = await shipped();
		result.dataset!.title = '</script><script>alert(1)</script>';
		result.dataset!.events[0].note = '<!-- </script> -->';
		const parts = writeShipped(result)!;
		for (const text of [parts.head, ...parts.events]) expect(text).not.toContain('<');
		expect(readShipped(parts)).toEqual(result);
	});

	it('leaves out what the reader works out from the dates, and works out the same', async () => {
		const result = await shipped();
		const parts = writeShipped(result)!;
		expect(parts.events.some((text) => /"(start|stop|index)":/.test(text))).toBe(false);
		const back = readShipped(parts)!.dataset!.events;
		expect(back.map(({ start, stop, index }) => [start, stop, index])).toEqual(
			result.dataset!.events.map(({ start, stop, index }) => [start, stop, index])
		);
	});

	it('reads a page that lost some of its events as no shipped result', async () => {
		const parts = writeShipped(await shipped())!;
		expect(readShipped({ head: parts.head, events: parts.events.slice(1) })).toBeNull();
		expect(readShipped({ head: parts.head, events: [...parts.events.slice(1), '{}'] })).toBeNull();
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
		['an empty text', { head: '', events: [] }],
		['text that is not JSON', { head: '{"count":0,"result":{"dataset":', events: [] }],
		['JSON without a dataset', { head: '{"count":0,"result":{"problems":[]}}', events: [] }],
		[
			'a dataset without events',
			{ head: '{"count":0,"result":{"dataset":{},"problems":[]}}', events: [] }
		],
		[
			'a result without problems',
			{ head: '{"count":0,"result":{"dataset":{"events":[]}}}', events: [] }
		],
		[
			'an event that is not JSON',
			{ head: '{"count":1,"result":{"dataset":{"events":[]},"problems":[]}}', events: ['{'] }
		]
	])('reads %s as no shipped result', (_name, parts) => {
		expect(readShipped(parts)).toBeNull();
	});
});
