import { describe, expect, it } from 'vitest';
import { EVENT_COLUMNS, PLACE_COLUMNS } from './columns';
import {
	deleteRow,
	duplicateRow,
	freeId,
	insertRows,
	nextId,
	rowsFromTable,
	rowsToTable,
	sortByDate
} from './rows';
import { parseTsv, toTsv } from './tsv';

const rows = [{ id: 'event-2' }, { id: 'a' }];

describe('ids', () => {
	it.each([
		{ prefix: 'event', rows: [], expected: 'event-1' },
		{ prefix: 'event', rows: [{ id: 'event-2' }], expected: 'event-3' },
		{ prefix: 'event', rows: [{ id: 'x' }, { id: 'event-3' }], expected: 'event-4' }
	])('nextId($prefix) → $expected', ({ prefix, rows, expected }) => {
		expect(nextId(prefix, rows)).toBe(expected);
	});

	it.each([
		{ id: 'b', expected: 'b' },
		{ id: 'a', expected: 'a-2' }
	])('freeId($id) → $expected', ({ id, expected }) => {
		expect(freeId(id, [...rows, { id: 'a-3' }])).toBe(expected);
	});
});

describe('row operations', () => {
	it('insert, delete and duplicate return new arrays and leave the input alone', () => {
		const copy = structuredClone(rows);
		expect(insertRows(rows, 1, [{ id: 'n' }]).map((row) => row.id)).toEqual(['event-2', 'n', 'a']);
		expect(deleteRow(rows, 0).map((row) => row.id)).toEqual(['a']);
		expect(duplicateRow(rows, 1).map((row) => row.id)).toEqual(['event-2', 'a', 'a-2']);
		expect(rows).toEqual(copy);
	});

	it('a duplicate is a deep copy', () => {
		const source = [{ id: 'a', places: ['kyiv'] }];
		const copy = duplicateRow(source, 0)[1] as { places: string[] };
		copy.places.push('lviv');
		expect(source[0].places).toEqual(['kyiv']);
	});
});

describe('sortByDate(events)', () => {
	it('orders by calendar date, the wider date first on a day, unreadable dates last', () => {
		const events = [
			{ id: 'bad', date: 'soon' },
			{ id: 'day', date: '2014-03-16' },
			{ id: 'year', date: '2014' },
			{ id: 'month', date: '2014-03' },
			{ id: 'early', date: '1991-08-24' },
			{ id: 'bad2', date: '' }
		];
		expect(sortByDate(events).map((row) => row.id)).toEqual([
			'early',
			'year',
			'month',
			'day',
			'bad',
			'bad2'
		]);
	});
});

describe('rows ⇄ TSV', () => {
	it('copies places with a header and pastes them back under free ids', () => {
		const places = [{ id: 'kyiv', name: 'Kyiv', lat: 50.45, lon: 30.52 }];
		const text = toTsv(rowsToTable(places, PLACE_COLUMNS));
		expect(text.split('\n')[0]).toBe('id\tname\tlat\tlon\tkind\tnote');
		expect(rowsFromTable(parseTsv(text), PLACE_COLUMNS, places, 'place')).toEqual([
			{ id: 'kyiv-2', name: 'Kyiv', lat: 50.45, lon: 30.52 }
		]);
	});

	it('maps a spreadsheet header in any order and skips unknown columns', () => {
		const table = parseTsv('Title\tdate\twho knows\n"A ""quoted"" title"\t2023-11\tx\n\t\t\n');
		expect(rowsFromTable(table, EVENT_COLUMNS, [], 'event')).toEqual([
			{ title: 'A "quoted" title', date: '2023-11', id: 'event-1' }
		]);
	});

	it('without a header fills the grid columns in order', () => {
		const table = parseTsv('sevastopol\tSevastopol\t44.6\t33.5');
		expect(rowsFromTable(table, PLACE_COLUMNS, [], 'place')).toEqual([
			{ id: 'sevastopol', name: 'Sevastopol', lat: 44.6, lon: 33.5 }
		]);
	});
});
