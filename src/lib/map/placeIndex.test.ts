import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChronoEvent } from '$lib/data/model';
import { makeDataset } from '$lib/data/testing/makeDataset';
import { indexPlaces, placeCounts, placeStatesAt } from './placeIndex';
import { NEAR_MS, type PlaceState } from './placeStates';

const DAY = 86_400_000;

/** The definition, by a pass over every event: what the index must agree with. */
function placeStates(
	events: readonly ChronoEvent[],
	currentTime: number,
	selectedPlaces: readonly string[] = [],
	nearMs = NEAR_MS
): Map<string, PlaceState> {
	const states = new Map<string, PlaceState>();
	let latestStart = -Infinity;
	for (const event of events) {
		if (event.start <= currentTime && event.start > latestStart) latestStart = event.start;
	}
	for (const event of events) {
		const started = event.start <= currentTime;
		const near = started && (event.stop > currentTime - nearMs || event.start === latestStart);
		for (const id of event.places) {
			const state = states.get(id) ?? {
				count: 0,
				active: false,
				selected: false,
				emphasised: false
			};
			state.count += 1;
			state.active ||= started;
			state.emphasised ||= near;
			states.set(id, state);
		}
	}
	for (const id of selectedPlaces) {
		const state = states.get(id);
		if (state) state.selected = true;
	}
	return states;
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function event(id: string, date: string, places: string[], days = 1): ChronoEvent {
	const start = day(date);
	return { id, title: id, kind: 'event', places, start, stop: start + days * DAY } as ChronoEvent;
}

const events = [
	event('a', '2014-02-22', ['kyiv']),
	event('b', '2014-03-16', ['crimea']),
	event('c', '2020-03-27', ['skopje']),
	event('d', '2023-11-01', ['kyiv', 'washington'], 30),
	event('e', '2023-11-21', ['skopje'])
];

/** States as sorted entries, so two maps compare whatever their insertion order. */
const entries = (states: Map<string, PlaceState>) =>
	[...states].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe('placeStatesAt', () => {
	it.each([
		{ name: 'before every event', time: day('2010-01-01'), selected: [] },
		{ name: 'on the first start', time: day('2014-02-22'), selected: [] },
		{ name: 'between events, long after the last', time: day('2019-01-01'), selected: ['kyiv'] },
		{ name: 'during a 30-day event', time: day('2023-11-10'), selected: [] },
		{ name: 'on the latest start', time: day('2023-11-21'), selected: ['skopje'] },
		{ name: 'after every event', time: day('2030-01-01'), selected: ['nowhere'] }
	])('matches the full scan $name', ({ time, selected }) => {
		const indexed = placeStatesAt(indexPlaces(events), time, selected);
		expect(entries(indexed)).toEqual(entries(placeStates(events, time, selected)));
	});

	it('emphasises a place whose event ended within the near window, and not from its end on', () => {
		const index = indexPlaces(events);
		const afterD = day('2023-12-01');
		expect(placeStatesAt(index, afterD + 14 * DAY).get('washington')?.emphasised).toBe(true);
		expect(placeStatesAt(index, afterD + 15 * DAY).get('washington')?.emphasised).toBe(false);
	});

	it('matches the full scan for any events, times and selection', () => {
		const places = ['a', 'b', 'c', 'd'];
		const anEvent = fc
			.record({
				start: fc.integer({ min: 0, max: 400 }),
				days: fc.integer({ min: 1, max: 40 }),
				places: fc.uniqueArray(fc.constantFrom(...places), { maxLength: 3 })
			})
			.map(
				({ start, days, places }) =>
					({ id: '', places, start: start * DAY, stop: (start + days) * DAY }) as ChronoEvent
			);
		fc.assert(
			fc.property(
				fc.array(anEvent, { maxLength: 30 }),
				fc.integer({ min: -10, max: 460 }),
				fc.subarray(places),
				(list, time, selected) => {
					const indexed = placeStatesAt(indexPlaces(list), time * DAY, selected);
					const scanned = placeStates(list, time * DAY, selected);
					expect(entries(indexed)).toEqual(entries(scanned));
					// Places come in the order they first appear in the data, in or out of time order.
					expect([...indexed.keys()]).toEqual([...scanned.keys()]);
				}
			)
		);
	});
});

describe('placeCounts', () => {
	it('placeCounts(index) counts each place once per event', () => {
		expect(Object.fromEntries(placeCounts(indexPlaces(events)))).toEqual({
			kyiv: 2,
			crimea: 1,
			skopje: 2,
			washington: 1
		});
	});
});

describe("indexPlaces(events, 'day')", () => {
	const { events: timed } = makeDataset(
		[
			{ id: 'hawaii', title: 'Hawaii', date: '2022-02-23T20:00-10:00', places: ['honolulu'] },
			{ id: 'kiritimati', title: 'Line Is.', date: '2022-02-25T05:00+14:00', places: ['tabwakea'] }
		],
		[
			{ id: 'honolulu', name: 'Honolulu', lat: 21.31, lon: -157.86 },
			{ id: 'tabwakea', name: 'Tabwakea', lat: 2.02, lon: -157.49 }
		]
	);
	const active = (states: Map<string, PlaceState>) =>
		[...states].filter(([, state]) => state.active).map(([id]) => id);

	it('a whole day lights places by their events’ own calendar days', () => {
		// 23 February 20:00 in Hawaii is 24 February 06:00 UTC; 25 February 05:00 in Kiritimati is
		// 24 February 15:00 UTC. On the whole day of the 24th only the first has happened.
		expect(active(placeStatesAt(indexPlaces(timed, 'day'), day('2022-02-24')))).toEqual([
			'honolulu'
		]);
		expect(active(placeStatesAt(indexPlaces(timed), day('2022-02-24')))).toEqual([]);
	});

	it('a moment lights them by instant', () => {
		const at = Date.parse('2022-02-24T16:00Z');
		expect(active(placeStatesAt(indexPlaces(timed), at))).toEqual(['honolulu', 'tabwakea']);
	});
});
