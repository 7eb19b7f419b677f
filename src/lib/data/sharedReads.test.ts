import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '$lib/time/calendarDate';
import { parseDataset } from './parseDataset';
import { SharedReads } from './sharedReads';

describe('SharedReads', () => {
	it.each(['2023', '2023-11', '2023-11-05', '2023-11-05T14:30+02:00', '-0044-03-15', 'not a date'])(
		'reads %j as parseCalendarDate does, once',
		(text) => {
			const shared = new SharedReads();
			const first = shared.date(text);
			expect(first).toEqual(parseCalendarDate(text));
			expect(shared.date(text)).toBe(first);
		}
	);

	it('keeps different texts apart, even when they are the same day', () => {
		const shared = new SharedReads();
		const day = shared.date('2023-11-05');
		const time = shared.date('2023-11-05T00:00Z');
		expect(time).not.toBe(day);
		expect(time).toEqual(parseCalendarDate('2023-11-05T00:00Z'));
	});

	it.each([
		[['kyiv'], ['kyiv'], true],
		[['kyiv', 'lviv'], ['kyiv', 'lviv'], true],
		[['kyiv', 'lviv'], ['lviv', 'kyiv'], false],
		[['kyiv'], ['kyiv', 'kyiv'], false],
		// The key joins ids with a NUL: an id holding one must not pass for two ids.
		[['a\u0000b'], ['a', 'b'], false],
		[['a', 'b'], ['a\u0000b'], false],
		[[], [], true]
	])('shares %j with a later %j: %s', (first, later, same) => {
		const shared = new SharedReads();
		expect(shared.places(first)).toBe(first);
		const read = shared.places(later);
		expect(read).toEqual(later);
		expect(read === first).toBe(same);
	});
});

describe('parseDataset with shared reads', () => {
	const dataset = {
		version: 1,
		title: 'Shared',
		places: [
			{ id: 'a', name: 'A', lat: 1, lon: 2 },
			{ id: 'b', name: 'B', lat: 3, lon: 4 }
		],
		events: [
			{ id: 'e1', title: 'One', date: '2023-11-05', places: ['a'] },
			{ id: 'e2', title: 'Two', date: '2023-11-05', places: ['a'] },
			{ id: 'e3', title: 'Three', date: '2023-11-06', end: '2023-11-08', places: ['b'] },
			{ id: 'e4', title: 'Four', date: '2023-11-06', end: '2023-11-08', places: ['a', 'b'] },
			{ id: 'e5', title: 'Five', date: 'bad', places: ['a'] },
			{ id: 'e6', title: 'Six', date: 'bad', places: ['a'] }
		]
	};

	it('gives events on the same date one date and events at the same places one list', () => {
		const { dataset: read } = parseDataset(structuredClone(dataset));
		const byId = new Map(read!.events.map((event) => [event.id, event]));
		expect(byId.get('e1')!.date).toBe(byId.get('e2')!.date);
		expect(byId.get('e1')!.places).toBe(byId.get('e2')!.places);
		expect(byId.get('e3')!.end).toBe(byId.get('e4')!.end);
		expect(byId.get('e3')!.date).toBe(byId.get('e4')!.date);
		expect(byId.get('e3')!.places).not.toBe(byId.get('e4')!.places);
	});

	it('still reports every row with a bad date, not only the first', () => {
		const { problems } = parseDataset(structuredClone(dataset));
		const rows = problems
			.filter((problem) => problem.field === 'date')
			.map((problem) => problem.row);
		expect(rows).toEqual(['event "e5"', 'event "e6"']);
	});

	it('hands over a shared date once: a copy of the events keeps it shared', () => {
		const { dataset: read } = parseDataset(structuredClone(dataset));
		const copy = structuredClone(read!.events);
		expect(copy[0].date).toBe(copy[1].date);
		expect(copy[0].date).toEqual(read!.events[0].date);
	});
});
