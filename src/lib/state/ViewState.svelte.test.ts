import { describe, expect, it } from 'vitest';
import { makeDataset } from '$lib/data/testing/makeDataset';
import { ViewState } from './ViewState.svelte';

const day = (text: string) => Date.parse(text + 'T00:00:00Z');

const dataset = makeDataset(
	[
		{ id: 'referendum', title: 'Referendum', date: '2014-03-16', places: ['crimea'] },
		{ id: 'accession', title: 'Accession', date: '2020-03-27', kind: 'event' },
		{ id: 'counteroffensive', title: 'Counteroffensive', date: '2023-06', kind: 'event' },
		{ id: 'claim', title: 'Claim', date: '2023-11-21', kind: 'claim', actor: 'Sergei Shoigu' },
		{
			id: 'remarks',
			title: 'Remarks',
			date: '2023-11-21',
			kind: 'statement',
			actor: 'Jens Stoltenberg'
		}
	],
	[{ id: 'crimea', name: 'Crimea', lat: 45.3, lon: 34.4, kind: 'area' }]
);

describe('ViewState', () => {
	it('opens at the last event date with nothing selected', () => {
		const view = new ViewState(dataset);
		expect(view.currentTime).toBe(day('2023-11-21'));
		expect(view.selectedEvent).toBeNull();
		expect(view.visibleRange).toEqual([day('2014-03-16'), day('2023-11-22')]);
	});

	it('opens at the latest instant, which offsets can put before the last date', () => {
		const view = new ViewState(
			makeDataset([
				{ id: 'hawaii', title: 'Hawaii', date: '2022-02-24T22:00-10:00' },
				{ id: 'line-islands', title: 'Line Islands', date: '2022-02-25T05:00+14:00' }
			])
		);
		// Last by date is the Line Islands' 25th (24 February 15:00 UTC); Hawaii's 24th is later.
		expect(view.dataset.events.at(-1)?.id).toBe('line-islands');
		expect(view.currentTime).toBe(Date.parse('2022-02-25T08:00Z'));
	});

	it('reaches by day only while the time is a whole day someone asked for', () => {
		const view = new ViewState(
			makeDataset([
				{ id: 'kyiv', title: 'Kyiv', date: '2022-02-20T10:00+02:00' },
				{ id: 'hawaii', title: 'Hawaii', date: '2022-02-24T22:00-10:00' }
			])
		);
		view.setTime(day('2022-02-24'), true);
		expect(view.reachKey).toBe('day');
		view.setTime(day('2022-02-24'));
		expect(view.reachKey).toBe('instant');
		view.setTime(day('2022-02-24') + 1, true);
		expect(view.reachKey).toBe('instant');
		view.setTime(day('2022-02-24'), true);
		view.step(1);
		expect(view.reachKey).toBe('instant');
	});

	it('select moves time to the event start; unknown ids are refused', () => {
		const view = new ViewState(dataset);
		expect(view.select('counteroffensive')).toBe(true);
		expect(view.currentTime).toBe(day('2023-06-01'));
		expect(view.selectedEvent?.id).toBe('counteroffensive');
		expect(view.select('nope')).toBe(false);
		expect(view.selectedEventId).toBe('counteroffensive');
	});

	it('setTime keeps time within the data and leaves the selection alone', () => {
		const view = new ViewState(dataset);
		view.select('accession');
		view.setTime(day('1990-01-01'));
		expect(view.currentTime).toBe(day('2014-03-16'));
		view.setTime(day('2030-01-01'));
		expect(view.currentTime).toBe(day('2023-11-21'));
		view.setTime(Number.NaN);
		expect(view.currentTime).toBe(day('2023-11-21'));
		expect(view.selectedEventId).toBe('accession');
	});

	const steps = [
		{ from: '2014-03-16', direction: 1 as const, to: '2020-03-27' },
		{ from: '2020-03-28', direction: -1 as const, to: '2020-03-27' },
		{ from: '2023-06-15', direction: 1 as const, to: '2023-11-21' },
		{ from: '2023-11-21', direction: 1 as const, to: '2023-11-21' },
		{ from: '2014-03-16', direction: -1 as const, to: '2014-03-16' }
	];
	it.each(steps)('step $direction from $from reaches $to (same-day events are one stop)', (row) => {
		const view = new ViewState(dataset);
		view.setTime(day(row.from));
		view.step(row.direction);
		expect(view.currentTime).toBe(day(row.to));
	});

	it('selectAdjacent walks the shown events in date order', () => {
		const view = new ViewState(dataset);
		view.selectAdjacent(1);
		expect(view.selectedEventId).toBe('referendum');
		view.selectAdjacent(1);
		expect(view.selectedEventId).toBe('accession');
		view.selectAdjacent(-1);
		view.selectAdjacent(-1);
		expect(view.selectedEventId).toBe('referendum');
	});

	it('filters hide events and drop a selection they hide', () => {
		const view = new ViewState(dataset);
		view.select('claim');
		view.toggleKind('claim');
		expect(view.events.map((event) => event.id)).not.toContain('claim');
		expect(view.selectedEventId).toBeNull();
		view.setActor('Jens Stoltenberg');
		expect(view.events.map((event) => event.id)).toEqual(['remarks']);
		view.setActor(null);
		view.toggleKind('claim');
		expect(view.events).toHaveLength(5);
	});

	it('playback advances, stops at the end and restarts from the beginning', () => {
		const view = new ViewState(dataset);
		view.play();
		expect(view.currentTime).toBe(day('2014-03-16'));
		view.advance(1000, 100);
		expect(view.currentTime).toBe(day('2014-03-26'));
		view.setSpeed(4);
		view.advance(1000, 100);
		expect(view.currentTime).toBe(day('2014-05-05'));
		view.advance(10_000_000, 1);
		expect(view.currentTime).toBe(day('2023-11-21'));
		expect(view.playing).toBe(false);
		view.setSpeed(3);
		expect(view.speed).toBe(4);
	});

	it('refuses an empty or reversed visible range', () => {
		const view = new ViewState(dataset);
		view.setVisibleRange([day('2020-01-01'), day('2019-01-01')]);
		expect(view.hasCustomRange).toBe(false);
		view.setVisibleRange([day('2019-01-01'), day('2020-01-01')]);
		expect(view.visibleRange).toEqual([day('2019-01-01'), day('2020-01-01')]);
	});
});

describe('ViewState search', () => {
	const names = makeDataset([
		{ id: 'yosyp', title: 'Йосип', date: '2001' },
		{ id: 'iosyf', title: 'Иосиф', date: '2002' },
		{ id: 'kyiv', title: 'Kyïv', date: '2003' }
	]);
	const found = (view: ViewState) => view.events.map((event) => event.id);

	it.each([
		['en', 'й', ['yosyp', 'iosyf']],
		['uk', 'й', ['yosyp']],
		['uk', 'и', ['iosyf']],
		['uk', 'kyiv', ['kyiv']]
	])('in %j, %j finds %j', (language, query, ids) => {
		const view = new ViewState(names);
		view.setLanguage(language);
		view.setQuery(query);
		expect(view.searchPending).toBe(false);
		expect(found(view)).toEqual(ids);
	});

	it('rebuilds the index when the reader changes language', () => {
		const view = new ViewState(names);
		view.setQuery('й');
		expect(found(view)).toEqual(['yosyp', 'iosyf']);
		view.setLanguage('uk');
		expect(found(view)).toEqual(['yosyp']);
	});
});
