import { describe, expect, it } from 'vitest';
import { parseDataset } from './parseDataset';

const file = (events: unknown[], extra = {}) =>
	JSON.stringify({ version: 1, title: 'T', events, ...extra });
const event = (id: string, fields: Record<string, unknown>) => ({ id, title: id, ...fields });

describe('parseDataset reads times, approximate dates and notAfter', () => {
	const bad = [
		{
			name: 'a time without an offset',
			row: event('a', { date: '2022-02-24T04:50' }),
			field: 'date',
			message: 'has a time but no offset'
		},
		{
			name: 'an end time without an offset',
			row: event('a', { date: '2022-02-24T04:50Z', end: '2022-02-24T05:50' }),
			field: 'end',
			message: 'has a time but no offset'
		},
		{
			name: 'notAfter with end',
			row: event('a', { date: '2014-03', end: '2014-04', notAfter: '2014-05' }),
			field: 'notAfter',
			message: 'cannot be given with end'
		},
		{
			name: 'notAfter before date',
			row: event('a', { date: '2014-03', notAfter: '2013' }),
			field: 'notAfter',
			message: 'is before the date'
		},
		{
			name: 'notAfter not a date',
			row: event('a', { date: '2014-03', notAfter: 'May 2014' }),
			field: 'notAfter',
			message: 'is not written as'
		},
		{
			name: 'approximate not a boolean',
			row: event('a', { date: '1914', approximate: 'yes' }),
			field: 'approximate',
			message: 'must be true or false'
		}
	];
	it.each(bad)('drops a row with $name and names the field', ({ row, field, message }) => {
		const { dataset, problems } = parseDataset(file([row, event('ok', { date: '2020' })]));
		expect(dataset?.events.map((e) => e.id)).toEqual(['ok']);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ row: 'event "a"', field, severity: 'error' });
		expect(problems[0].message).toContain(message);
	});

	it('orders one day: the day first, then times by instant, whatever their offsets', () => {
		const { dataset, problems } = parseDataset(
			file([
				event('nine', { date: '2022-02-24T09:00+03:00' }),
				event('next', { date: '2022-02-25' }),
				event('ten-to-five', { date: '2022-02-24T04:50+02:00' }),
				event('day', { date: '2022-02-24' }),
				event('one', { date: '2022-02-24T01:00+02:00' })
			])
		);
		expect(problems).toEqual([]);
		expect(dataset?.events.map((e) => e.id)).toEqual(['day', 'one', 'ten-to-five', 'nine', 'next']);
		const one = dataset?.events[1];
		expect(one?.start).toBe(Date.UTC(2022, 1, 23, 23, 0));
		expect(one?.stop).toBe(Date.UTC(2022, 1, 23, 23, 1));
	});

	it('spans a notAfter event from the start of date to the end of notAfter', () => {
		const { dataset } = parseDataset(
			file([event('a', { date: '2014-03', notAfter: '2014-05', approximate: true })])
		);
		const [read] = dataset?.events ?? [];
		expect(read.start).toBe(Date.UTC(2014, 2, 1));
		expect(read.stop).toBe(Date.UTC(2014, 5, 1));
		expect(read.end).toBeUndefined();
		expect(read.notAfter).toEqual({ year: 2014, month: 5, precision: 'month' });
		expect(read.approximate).toBe(true);
	});

	it.each([
		{ written: '+02:00', offset: 120 },
		{ written: 'Z', offset: 0 },
		{ written: '-09:30', offset: -570 }
	])('reads displayOffset $written', ({ written, offset }) => {
		const { dataset, problems } = parseDataset(
			file([event('a', { date: '2020' })], { displayOffset: written })
		);
		expect(problems).toEqual([]);
		expect(dataset?.displayOffset).toBe(offset);
	});

	it('warns about a malformed displayOffset and keeps the data', () => {
		const { dataset, problems } = parseDataset(
			file([event('a', { date: '2020' })], { displayOffset: 'CET' })
		);
		expect(dataset?.displayOffset).toBeUndefined();
		expect(problems).toMatchObject([{ row: 'file', field: 'displayOffset', severity: 'warning' }]);
	});
});
