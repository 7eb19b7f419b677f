import { describe, expect, it } from 'vitest';
import type { ChronoEvent } from '$lib/data/model';
import { changedPlaces, eventToOpen, groupState, type PlaceState } from './placeStates';
import { indexPlaces, placeStatesAt } from './placeIndex';

const placeStates = (list: ChronoEvent[], time: number, selected?: string[]) =>
	placeStatesAt(indexPlaces(list), time, selected);
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const DAY = 86_400_000;

function event(id: string, date: string, places: string[], days = 1): ChronoEvent {
	const start = day(date);
	return {
		id,
		title: id,
		kind: 'event',
		places,
		date: {
			year: +date.slice(0, 4),
			month: +date.slice(5, 7),
			day: +date.slice(8),
			precision: 'day'
		},
		start,
		stop: start + days * DAY,
		index: 0
	} as ChronoEvent;
}

const events = [
	event('a', '2014-02-22', ['kyiv']),
	event('b', '2014-03-16', ['crimea']),
	event('c', '2020-03-27', ['skopje']),
	event('d', '2023-11-01', ['kyiv', 'washington'], 30),
	event('e', '2023-11-21', ['skopje'])
];

const pick = (states: Map<string, PlaceState>, key: keyof PlaceState) =>
	Object.fromEntries([...states].map(([id, state]) => [id, state[key]]));

describe('placeStatesAt', () => {
	const cases = [
		{
			at: '2014-02-22',
			active: { kyiv: true, crimea: false, skopje: false, washington: false },
			emphasised: { kyiv: true, crimea: false, skopje: false, washington: false }
		},
		{
			at: '2015-01-01',
			active: { kyiv: true, crimea: true, skopje: false, washington: false },
			emphasised: { kyiv: false, crimea: true, skopje: false, washington: false }
		},
		{
			at: '2023-11-15',
			active: { kyiv: true, crimea: true, skopje: true, washington: true },
			emphasised: { kyiv: true, crimea: false, skopje: false, washington: true }
		},
		{
			at: '2023-12-10',
			active: { kyiv: true, crimea: true, skopje: true, washington: true },
			emphasised: { kyiv: true, crimea: false, skopje: true, washington: true }
		},
		{
			at: '2024-06-01',
			active: { kyiv: true, crimea: true, skopje: true, washington: true },
			emphasised: { kyiv: false, crimea: false, skopje: true, washington: false }
		}
	];
	it.each(cases)('placeStates(events, $at) lights places whose events have started', (row) => {
		const states = placeStates(events, day(row.at));
		expect(pick(states, 'active')).toEqual(row.active);
		expect(pick(states, 'emphasised')).toEqual(row.emphasised);
	});

	it('placeStates counts every shown event at a place and marks the selected places', () => {
		const states = placeStates(events, day('2014-01-01'), ['kyiv', 'nowhere']);
		expect(pick(states, 'count')).toEqual({ kyiv: 2, crimea: 1, skopje: 2, washington: 1 });
		expect(pick(states, 'selected')).toEqual({
			kyiv: true,
			crimea: false,
			skopje: false,
			washington: false
		});
		expect(states.has('nowhere')).toBe(false);
	});

	it('placeStates does not mutate its inputs', () => {
		const copy = structuredClone(events);
		placeStates(events, day('2023-11-21'), ['kyiv']);
		expect(events).toEqual(copy);
	});
});

describe('changedPlaces', () => {
	const base = placeStates(events, day('2014-02-22'));
	const cases = [
		{ why: 'nothing moved', next: placeStates(events, day('2014-02-23')), expected: [] },
		{
			why: 'Crimea lit up',
			next: placeStates(events, day('2014-03-16')),
			expected: ['kyiv', 'crimea']
		},
		{
			why: 'a selection',
			next: placeStates(events, day('2014-02-22'), ['skopje']),
			expected: ['skopje']
		},
		{
			why: 'places left and came, counts changed',
			next: placeStates(
				[event('x', '2014-02-22', ['kyiv']), event('y', '2014-01-01', ['paris'])],
				day('2014-02-22')
			),
			expected: ['kyiv', 'paris', 'crimea', 'skopje', 'washington']
		}
	];
	it.each(cases)(
		'changedPlaces(previous, next) lists the ids that changed: $why',
		({ next, expected }) => {
			expect(changedPlaces(base, next)).toEqual(expected);
		}
	);
});

describe('eventToOpen', () => {
	const cases = [
		{ places: ['skopje'], at: '2023-11-20', expected: 'c', why: 'latest before the time' },
		{ places: ['skopje'], at: '2023-11-21', expected: 'e', why: 'an event on the day counts' },
		{ places: ['skopje'], at: '2014-01-01', expected: 'c', why: 'nothing yet: the first one' },
		{ places: ['kyiv', 'crimea'], at: '2015-01-01', expected: 'b', why: 'any of several places' },
		{ places: ['atlantis'], at: '2015-01-01', expected: undefined, why: 'no events' }
	];
	it.each(cases)('eventToOpen($places, $at) is $expected: $why', ({ places, at, expected }) => {
		expect(eventToOpen(events, places, day(at))?.id).toBe(expected);
	});

	it("reads a cluster's place ids once, not once per event", () => {
		// A cluster of 2,000 places against 10,000 events: each read of the ids is counted.
		const ids = Array.from({ length: 2_000 }, (_, at) => `p${at}`);
		let reads = 0;
		const counted = new Proxy(ids, {
			get(target, key, receiver) {
				if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
				return Reflect.get(target, key, receiver);
			}
		});
		const many = Array.from({ length: 10_000 }, (_, at) =>
			event(`e${at}`, '2020-01-01', [`p${at}`])
		);
		expect(eventToOpen(many, counted, day('2021-01-01'))?.id).toBe('e1999');
		expect(reads).toBeLessThanOrEqual(2 * ids.length);
	});
});

describe('groupState', () => {
	const states = placeStates(events, day('2014-03-16'), ['skopje']);
	it.each([
		{
			ids: ['kyiv', 'skopje'],
			expected: { count: 4, active: true, selected: true, emphasised: false }
		},
		{
			ids: ['skopje', 'washington'],
			expected: { count: 3, active: false, selected: true, emphasised: false }
		},
		{
			ids: ['crimea', 'atlantis'],
			expected: { count: 1, active: true, selected: false, emphasised: true }
		},
		{ ids: [], expected: { count: 0, active: false, selected: false, emphasised: false } }
	])('groupState($ids) is lit if any place is', ({ ids, expected }) => {
		expect(groupState(ids, states)).toEqual(expected);
	});
});
