import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDataset } from './parseDataset';

const place = { id: 'kyiv', name: 'Kyiv', lat: 50.45, lon: 30.52, kind: 'city' };
const event = { id: 'ok', title: 'Fine', date: '2023-11-21', places: ['kyiv'], kind: 'event' };
const file = (events: unknown[], places: unknown[] = [place], extra = {}) =>
	JSON.stringify({ version: 1, title: 'T', places, events, ...extra });

describe('parseDataset reports every kind of bad input by row and field', () => {
	const table = [
		{
			name: 'bad JSON',
			input: '{"version": 1,',
			row: 'file',
			field: '',
			message: 'not valid JSON'
		},
		{
			name: 'not an object',
			input: '[1,2]',
			row: 'file',
			field: '',
			message: 'not a Chronomap dataset'
		},
		{
			name: 'wrong version',
			input: file([event], [place], { version: 2 }),
			row: 'file',
			field: 'version',
			message: 'must be 1'
		},
		{
			name: 'no events list',
			input: JSON.stringify({ version: 1, title: 'T' }),
			row: 'file',
			field: 'events',
			message: 'is missing'
		},
		{
			name: 'impossible day',
			input: file([{ ...event, id: 'x', date: '2023-02-30' }]),
			row: 'event "x"',
			field: 'date',
			message: 'not a real date'
		},
		{
			name: 'impossible month',
			input: file([{ ...event, id: 'x', date: '2023-13-01' }]),
			row: 'event "x"',
			field: 'date',
			message: 'no month 13'
		},
		{
			name: 'end before date',
			input: file([{ ...event, id: 'x', end: '2023-11-20' }]),
			row: 'event "x"',
			field: 'end',
			message: 'before the date'
		},
		{
			name: 'latitude out of range',
			input: file([event], [{ ...place, lat: 91 }]),
			row: 'place "kyiv"',
			field: 'lat',
			message: 'between -90 and 90'
		},
		{
			name: 'longitude out of range',
			input: file([event], [{ ...place, lon: -181 }]),
			row: 'place "kyiv"',
			field: 'lon',
			message: 'between -180 and 180'
		},
		{
			name: 'unknown place',
			input: file([{ ...event, id: 'x', places: ['atlantis'] }]),
			row: 'event "x"',
			field: 'places',
			message: 'unknown place "atlantis"'
		},
		{
			name: 'unknown places beside a known one',
			input: file([{ ...event, id: 'x', places: ['atlantis', 'kyiv', 'mu'] }]),
			row: 'event "x"',
			field: 'places',
			message: 'names unknown place "atlantis", "mu"'
		},
		{
			name: 'duplicate id',
			input: file([event, event]),
			row: 'event "ok"',
			field: 'id',
			message: 'repeats'
		},
		{
			name: 'missing title',
			input: file([{ id: 'x', date: '2023' }]),
			row: 'event "x"',
			field: 'title',
			message: 'is missing'
		},
		{
			name: 'missing id',
			input: file([{ title: 'x', date: '2023' }]),
			row: 'event #1',
			field: 'id',
			message: 'is missing'
		},
		{
			name: 'empty title',
			input: file([{ id: 'x', title: '  ', date: '2023' }]),
			row: 'event "x"',
			field: 'title',
			message: 'must not be empty'
		},
		{
			name: 'unknown kind',
			input: file([{ ...event, id: 'x', kind: 'rumour' }]),
			row: 'event "x"',
			field: 'kind',
			message: 'must be one of event, statement, report, claim'
		},
		{
			name: 'number as date',
			input: file([{ ...event, id: 'x', date: 2023 }]),
			row: 'event "x"',
			field: 'date',
			message: 'must be a date'
		}
	];
	it.each(table)('$name', ({ input, row, field, message }) => {
		const { problems } = parseDataset(input);
		expect(problems).toContainEqual(expect.objectContaining({ row, field, severity: 'error' }));
		const problem = problems.find((p) => p.row === row && p.field === field);
		expect(problem?.message).toContain(message);
	});
});

describe('parseDataset keeps the good rows', () => {
	it('drops bad rows and keeps valid ones in date order', () => {
		const { dataset, problems } = parseDataset(
			file([
				{ ...event, id: 'late', date: '2023-11-21' },
				{ ...event, id: 'bad', date: '2023-02-30' },
				{ ...event, id: 'early', date: '2014' }
			])
		);
		expect(problems).toHaveLength(1);
		expect(dataset?.events.map((e) => [e.id, e.index])).toEqual([
			['early', 0],
			['late', 1]
		]);
	});

	it('keeps an unattributed claim but warns about it', () => {
		const { dataset, problems } = parseDataset(file([{ ...event, kind: 'claim' }]));
		expect(dataset?.events).toHaveLength(1);
		expect(problems).toEqual([
			{
				row: 'event "ok"',
				field: 'actor',
				message: 'a claim should name who made it',
				severity: 'warning'
			}
		]);
	});

	it('reads spans at their precision', () => {
		const { dataset } = parseDataset(file([{ ...event, date: '2023-06', end: '2023-11' }]));
		const [only] = dataset!.events;
		expect(new Date(only.start).toISOString()).toBe('2023-06-01T00:00:00.000Z');
		expect(new Date(only.stop).toISOString()).toBe('2023-12-01T00:00:00.000Z');
		expect(only.date.precision).toBe('month');
	});

	it('keeps markup as text and drops links that are not http(s)', () => {
		const hostile = '<img src=x onerror=alert(1)>';
		const { dataset } = parseDataset(
			file([
				{
					...event,
					title: hostile,
					quote: hostile,
					source: { title: hostile, url: 'javascript:alert(1)' }
				}
			])
		);
		const [only] = dataset!.events;
		expect(only.title).toBe(hostile);
		expect(only.source).toEqual({ title: hostile, url: undefined });
	});

	it('does not change the object it is given', () => {
		const input = JSON.parse(file([event]));
		const copy = structuredClone(input);
		parseDataset(input);
		expect(input).toEqual(copy);
	});
});

describe('parseDataset never throws', () => {
	it('on any JSON value or any text', () => {
		fc.assert(
			fc.property(fc.oneof(fc.jsonValue(), fc.string(), fc.anything()), (value) => {
				const result = parseDataset(value);
				expect(Array.isArray(result.problems)).toBe(true);
				for (const e of result.dataset?.events ?? []) expect(e.stop).toBeGreaterThan(e.start);
			}),
			{ numRuns: 500 }
		);
	});
	it('on datasets with arbitrary rows', () => {
		const row = fc.dictionary(
			fc.constantFrom('id', 'title', 'date', 'end', 'places', 'kind', 'actor', 'quote', 'source'),
			fc.oneof(
				fc.string(),
				fc.integer(),
				fc.constant(null),
				fc.array(fc.string()),
				fc.constantFrom('2023', '2023-02-30', '2023-06-01')
			)
		);
		fc.assert(
			fc.property(fc.array(row), (events) => {
				const result = parseDataset({ version: 1, title: 'T', places: [place], events });
				expect(result.dataset).not.toBeNull();
				expect(result.dataset!.events.length + result.problems.length).toBeGreaterThanOrEqual(
					events.length
				);
			}),
			{ numRuns: 300 }
		);
	});
});
