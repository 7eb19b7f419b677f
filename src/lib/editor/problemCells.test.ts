import { describe, expect, it } from 'vitest';
import { parseDataset } from '$lib/data/parseDataset';
import { EVENT_COLUMNS, PLACE_COLUMNS } from './columns';
import { cellOfProblem, problemsByCell } from './problemCells';

const columns = { events: EVENT_COLUMNS, places: PLACE_COLUMNS };

describe('cellOfProblem(problem, rows, columns)', () => {
	const file = {
		version: 1,
		title: 'T',
		places: [
			{ id: 'kyiv', name: 'Kyiv', lat: 'north', lon: 30.5 },
			{ id: 'lviv', name: 'Lviv', lat: 49.8, lon: 24 }
		],
		events: [
			{ id: 'a', date: '2014-13', title: 'A' },
			{ id: '', date: '2014', title: 'B' },
			{ id: 'c', date: '2014', title: 'C', places: ['nowhere'] },
			{ id: 'c', date: '2015', title: 'C again' },
			{ id: 'd', date: '2014', title: 'D', kind: 'statement' },
			{ id: 'e', date: '2014', title: 'E', sources: [{ url: 'https://example.org' }] }
		]
	};
	const { problems } = parseDataset(file);
	const at = (row: string, field: string) => {
		const problem = problems.find((p) => p.row === row && p.field === field);
		expect(problem, `${row} ${field}`).toBeDefined();
		return cellOfProblem(problem!, file, columns);
	};

	it.each([
		{ row: 'place "kyiv"', field: 'lat', expected: { table: 'places', index: 0, column: 'lat' } },
		{ row: 'event "a"', field: 'date', expected: { table: 'events', index: 0, column: 'date' } },
		{ row: 'event #2', field: 'id', expected: { table: 'events', index: 1, column: 'id' } },
		{
			row: 'event "c"',
			field: 'places',
			expected: { table: 'events', index: 2, column: 'places' }
		},
		{ row: 'event "c"', field: 'id', expected: { table: 'events', index: 3, column: 'id' } },
		{ row: 'event "d"', field: 'actor', expected: { table: 'events', index: 4, column: 'actor' } },
		{
			row: 'event "e"',
			field: 'sources.0.title',
			expected: { table: 'events', index: 5, column: 'sources' }
		}
	])(
		'$row $field → $expected.table $expected.index $expected.column',
		({ row, field, expected }) => {
			expect(at(row, field)).toEqual(expected);
		}
	);

	it('gives null for problems outside the grids', () => {
		const problem = {
			row: 'file',
			field: 'title',
			message: 'is missing',
			severity: 'error' as const
		};
		expect(cellOfProblem(problem, file, columns)).toBeNull();
		expect(cellOfProblem({ ...problem, row: 'era "x"' }, file, columns)).toBeNull();
	});

	it('places the problems of 20,000 bad rows without a scan per problem', () => {
		const many = {
			...file,
			events: Array.from({ length: 20_000 }, (_, n) => ({ id: `e${n}`, date: 'soon', title: 'T' }))
		};
		const started = performance.now();
		const { located } = problemsByCell(parseDataset(many).problems, many, columns);
		expect(located.at(-1)).toEqual({ table: 'events', index: 19_999, column: 'date' });
		expect(performance.now() - started).toBeLessThan(5000);
	});

	it('groups problems by cell', () => {
		const { cells, located } = problemsByCell(problems, file, columns);
		expect(cells.get('places:0:lat')?.[0].message).toBe('must be a number');
		expect(located).toHaveLength(problems.length);
	});
});
