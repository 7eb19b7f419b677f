import { describe, expect, it } from 'vitest';
import { importDataset } from './importDataset';
import { readFixture } from '../testing/readFixture';

describe('importDataset', () => {
	it.each([
		{ file: 'examples/events.json', format: 'chronomap', events: 8 },
		{ file: 'examples/events.csv', format: 'csv', events: 8 },
		{ file: 'examples/timelinejs.csv', format: 'timelinejs-csv', events: 7 },
		{ file: 'examples/timelinejs.json', format: 'timelinejs-json', events: 7 },
		{ file: 'examples/events.geojson', format: 'geojson', events: 8 }
	])('reads the $format sample without problems', ({ file, format, events }) => {
		const result = importDataset(readFixture(file), { name: file });
		expect(result.format).toBe(format);
		expect(result.problems).toEqual([]);
		expect(result.dataset?.events).toHaveLength(events);
	});

	it.each([
		{ file: 'truncated.json', message: 'is not valid JSON' },
		{ file: 'not-data.txt', message: 'is not in a format Chronomap reads' },
		{ file: 'wrong-columns.csv', message: 'has no "title" or "date" column' },
		{ file: 'no-valid-events.csv', message: 'has no valid events' }
	])('fails $file with a reason first', ({ file, message }) => {
		const { dataset, problems } = importDataset(readFixture(file));
		expect(dataset).toBeNull();
		expect(problems[0]).toMatchObject({ row: 'file', field: '', severity: 'error' });
		expect(problems[0].message).toContain(message);
	});

	it.each([
		{ name: 'data/my-events.csv', title: 'my-events' },
		{ name: 'C:\\Users\\x\\sheet.v2.csv', title: 'sheet.v2' },
		{ name: undefined, title: 'Events' }
	])('titles a CSV after its file name $name', ({ name, title }) => {
		expect(importDataset('title,date\nx,2020', { name }).dataset?.title).toBe(title);
	});

	it.each([{ text: '{"version": 1, "title": "x", "events": []}' }, { text: 'title,date\n' }])(
		'keeps an empty dataset as empty, without a problem: $text',
		({ text }) => {
			const { dataset, problems } = importDataset(text);
			expect(dataset?.events).toEqual([]);
			expect(problems).toEqual([]);
		}
	);
});
