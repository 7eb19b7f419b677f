import { describe, expect, it } from 'vitest';
import { EVENT_COLUMNS, PLACE_COLUMNS, cellText, withCell, type Column } from './columns';

const column = (columns: readonly Column[], key: string) => columns.find((c) => c.key === key)!;
const lat = column(PLACE_COLUMNS, 'lat');
const places = column(EVENT_COLUMNS, 'places');
const sources = column(EVENT_COLUMNS, 'sources');
const date = column(EVENT_COLUMNS, 'date');
const end = column(EVENT_COLUMNS, 'end');

describe('withCell(row, column, text)', () => {
	it.each([
		{ name: 'a latitude as a number', col: lat, text: ' 50.45 ', value: 50.45 },
		{ name: 'a negative longitude', col: lat, text: '-70.6', value: -70.6 },
		{ name: 'a latitude that is not a number stays text', col: lat, text: 'north', value: 'north' },
		{ name: 'a cleared required cell stays empty text', col: lat, text: '', value: '' },
		{ name: 'a year stays a year', col: date, text: '2014', value: '2014' },
		{ name: 'a month stays a month', col: date, text: '2014-03 ', value: '2014-03' },
		{
			name: 'place ids as a list',
			col: places,
			text: 'kyiv, lviv;odesa',
			value: ['kyiv', 'lviv', 'odesa']
		},
		{ name: 'a cleared optional cell is left out', col: end, text: '  ', value: undefined }
	])('$name', ({ col, text, value }) => {
		const row = { id: 'x', end: '2015' };
		const next = withCell(row, col, text);
		expect(next[col.key]).toEqual(value);
		expect(row).toEqual({ id: 'x', end: '2015' });
	});

	it('reads sources one a line and keeps the other fields of a source already there', () => {
		const row = {
			sources: [{ title: 'Reuters', url: 'https://example.org/a', author: 'A. Writer' }]
		};
		const next = withCell(row, sources, 'Reuters | https://example.org/a\nAP');
		expect(next.sources).toEqual([
			{ title: 'Reuters', url: 'https://example.org/a', author: 'A. Writer' },
			{ title: 'AP' }
		]);
	});
});

describe('cellText(row, column)', () => {
	it.each([
		{ row: { places: ['kyiv', 'lviv'] }, col: places, text: 'kyiv, lviv' },
		{ row: { lat: 50.45 }, col: lat, text: '50.45' },
		{ row: {}, col: end, text: '' },
		{
			row: { sources: [{ title: 'AP' }, { title: 'R', url: 'https://example.org' }] },
			col: sources,
			text: 'AP\nR | https://example.org'
		}
	])('$text', ({ row, col, text }) => {
		expect(cellText(row, col)).toBe(text);
	});

	it('round-trips every cell through withCell', () => {
		const row = {
			id: 'a',
			date: '2023-11',
			places: ['kyiv'],
			title: 'T',
			sources: [{ title: 'S', url: 'https://example.org' }]
		};
		for (const col of EVENT_COLUMNS) {
			expect(withCell(row, col, cellText(row, col))).toEqual(row);
		}
	});
});
