import { describe, expect, it } from 'vitest';
import { detectSafely, importText, needsForeignReader } from './importText';
import { readForeign } from './readForeign';

const chronomap = JSON.stringify({
	version: 1,
	title: 'T',
	places: [{ id: 'kyiv', name: 'Kyiv', lat: 50.45, lon: 30.52 }],
	events: [{ id: 'a', title: 'A', date: '2014-03-16', places: ['kyiv'] }]
});
const csv = 'title,date\nA,2014-03-16\n';

describe('needsForeignReader', () => {
	it.each([
		{ name: 'Chronomap JSON', text: chronomap, needs: false },
		{ name: 'empty text', text: '', needs: false },
		{ name: 'a web page', text: '<html></html>', needs: false },
		{ name: 'CSV', text: csv, needs: true },
		{ name: 'GeoJSON', text: '{"type":"FeatureCollection","features":[]}', needs: true }
	])('$name → $needs', ({ text, needs }) => {
		expect(needsForeignReader(detectSafely(text))).toBe(needs);
	});
});

describe('importText', () => {
	it('reads Chronomap JSON without any other importer', () => {
		const result = importText(chronomap, detectSafely(chronomap), {});
		expect(result.format).toBe('chronomap');
		expect(result.dataset?.events.map((event) => event.id)).toEqual(['a']);
	});

	it('says which importer is missing when one did not load, instead of throwing', () => {
		const result = importText(csv, detectSafely(csv), { name: 'events.csv' });
		expect(result.dataset).toBeNull();
		expect(result.problems).toEqual([
			expect.objectContaining({
				row: 'file',
				severity: 'error',
				message: 'could not be read (the Chronomap CSV importer did not load)'
			})
		]);
	});

	it('reads CSV with the foreign reader, titled after the file name', () => {
		const result = importText(csv, detectSafely(csv), { name: 'dir/events.csv' }, readForeign);
		expect(result.format).toBe('csv');
		expect(result.dataset?.title).toBe('events');
		expect(result.dataset?.events).toHaveLength(1);
	});
});

describe('importText offers a table for mapping its columns', () => {
	it.each([
		{ name: 'no title and date columns', text: 'when,what\n2024,Vote\n', offered: true },
		{
			name: 'title and date columns, no row readable, dates in words',
			text: 'title,date\nVote,5 March 2024\n',
			offered: true
		},
		{
			name: 'title and date columns, dates written as Chronomap writes them but not real',
			text: 'title,date\nImpossible,2023-02-30\nAlso impossible,2023-13\n',
			offered: false
		},
		{
			name: 'title and date columns, one row readable',
			text: 'title,date\nVote,5 March 2024\nCount,2024-03-06\n',
			offered: false
		}
	])('$name: $offered', ({ text, offered }) => {
		const result = importText(text, detectSafely(text), {}, readForeign);
		expect(result.table !== undefined).toBe(offered);
	});
});

describe('importText warns when the file was not UTF-8', () => {
	it('names the encoding it was read in, before the other problems', () => {
		const text = 'title,date\nCafé,2024\n';
		const result = importText(text, detectSafely(text), { decodedAs: 'windows-1252' }, readForeign);
		expect(result.dataset?.events[0].title).toBe('Café');
		expect(result.problems).toEqual([
			{
				row: 'file',
				field: '',
				message:
					'is not UTF-8, so it was read as Windows-1252 (Western European, as Excel saves it): if letters look wrong, save it as UTF-8',
				severity: 'warning'
			}
		]);
	});
});
