import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { DatasetFile } from '$lib/data/schema';
import { parseDataset } from '$lib/data/parseDataset';
import { formatDataset, stableDataset } from './stableDataset';

describe('stableDataset(file)', () => {
	it.each([
		{
			name: 'orders the envelope',
			file: { events: [], title: 'T', version: 1 },
			keys: ['version', 'title', 'events']
		},
		{
			name: 'puts unknown keys last, alphabetically',
			file: { zeta: 1, events: [], alpha: 2, version: 1, title: 'T' },
			keys: ['version', 'title', 'events', 'alpha', 'zeta']
		}
	])('$name', ({ file, keys }) => {
		expect(Object.keys(stableDataset(file as unknown as DatasetFile))).toEqual(keys);
	});

	it('orders events, places and sources and drops undefined fields', () => {
		const file = {
			version: 1,
			title: 'T',
			places: [{ lon: 30.5, name: 'Kyiv', id: 'kyiv', lat: 50.4, note: undefined }],
			events: [
				{
					title: 'A',
					sources: [{ url: 'https://example.org', title: 'S' }],
					date: '2014',
					id: 'a',
					end: undefined
				}
			]
		} as unknown as DatasetFile;
		const stable = stableDataset(file);
		expect(Object.keys(stable.places![0])).toEqual(['id', 'name', 'lat', 'lon']);
		expect(Object.keys(stable.events[0])).toEqual(['id', 'date', 'title', 'sources']);
		expect(Object.keys(stable.events[0].sources![0])).toEqual(['title', 'url']);
	});

	it('does not change the data or mutate its input', () => {
		const text = readFileSync('static/data/events.json', 'utf8');
		const file = JSON.parse(text) as DatasetFile;
		const copy = structuredClone(file);
		const stable = stableDataset(file);
		expect(file).toEqual(copy);
		expect(stable).toEqual(copy);
	});

	it('gives the same text whatever order the keys came in', () => {
		const a = { version: 1, title: 'T', events: [{ id: 'a', date: '2014', title: 'A' }] };
		const b = { events: [{ title: 'A', date: '2014', id: 'a' }], title: 'T', version: 1 };
		expect(formatDataset(a as DatasetFile)).toBe(formatDataset(b as DatasetFile));
	});

	it('writes a file the parser reads back to the same dataset', () => {
		const file = JSON.parse(readFileSync('static/data/events.json', 'utf8')) as DatasetFile;
		const again = parseDataset(formatDataset(file));
		expect(again.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
		expect(again.dataset).toEqual(parseDataset(file).dataset);
	});
});
