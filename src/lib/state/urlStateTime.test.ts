import { describe, expect, it } from 'vitest';
import { makeDataset } from '$lib/data/testing/makeDataset';
import { parseUrlState, writeUrlState } from './urlState';
import { ViewState } from './ViewState.svelte';
import { urlStateOfView } from './urlStateOfView';

describe('t=, from= and to= with date-times', () => {
	it.each([
		{ search: 't=2022-02-24T02:50Z', time: Date.UTC(2022, 1, 24, 2, 50) },
		{ search: 't=2022-02-24T04:50%2B02:00', time: Date.UTC(2022, 1, 24, 2, 50) },
		// A + typed by hand arrives as a space: it is read as the + it was.
		{ search: 't=2022-02-24T04:50+02:00', time: Date.UTC(2022, 1, 24, 2, 50) }
	])('reads $search', ({ search, time }) => {
		expect(parseUrlState(new URLSearchParams(search))).toEqual({ state: { time }, notices: [] });
	});

	it('reads t=YYYY-MM-DD as a whole day, and t= at midnight with a time as a moment', () => {
		expect(parseUrlState(new URLSearchParams('t=2022-02-24')).state).toEqual({
			time: Date.UTC(2022, 1, 24),
			wholeDay: true
		});
		expect(parseUrlState(new URLSearchParams('t=2022-02-24T00:00Z')).state).toEqual({
			time: Date.UTC(2022, 1, 24)
		});
	});

	it('writes a moment at midnight as a date-time, so a link keeps it a moment', () => {
		const view = new ViewState(
			makeDataset([
				{ id: 'a', title: 'A', date: '2025-03-11T23:17Z' },
				{ id: 'b', title: 'B', date: '2025-03-12T01:17Z' }
			])
		);
		view.setTime(Date.UTC(2025, 2, 12));
		expect(writeUrlState(urlStateOfView(view)).get('t')).toBe('2025-03-12T00:00Z');
		view.setTime(Date.UTC(2025, 2, 12), true);
		expect(writeUrlState(urlStateOfView(view)).get('t')).toBe('2025-03-12');
	});

	it('reads a range of date-times', () => {
		const params = new URLSearchParams('from=2022-02-24T00:00Z&to=2022-02-24T06:30+02:00');
		expect(parseUrlState(params).state.range).toEqual([
			Date.UTC(2022, 1, 24),
			Date.UTC(2022, 1, 24, 4, 30)
		]);
	});

	it('refuses a time without an offset, gently', () => {
		expect(parseUrlState(new URLSearchParams('t=2022-02-24T04:50'))).toEqual({
			state: {},
			notices: [{ name: 't', value: '2022-02-24T04:50' }]
		});
	});

	it('writes instants in UTC with Z, and whole days as days', () => {
		const params = writeUrlState({
			time: Date.UTC(2022, 1, 24, 2, 50),
			range: [Date.UTC(2022, 1, 24), Date.UTC(2022, 1, 24, 12, 0, 30)]
		});
		expect(params.toString()).toBe(
			't=2022-02-24T02%3A50Z&from=2022-02-24&to=2022-02-24T12%3A00%3A30Z'
		);
		expect(parseUrlState(params).state.time).toBe(Date.UTC(2022, 1, 24, 2, 50));
	});

	it('addresses data without times by day, and data with times to the second', () => {
		const days = new ViewState(makeDataset([{ id: 'a', title: 'A', date: '2014-03-16' }]));
		days.setTime(Date.UTC(2014, 2, 16, 13, 5));
		expect(urlStateOfView(days).time).toBe(Date.UTC(2014, 2, 16));
		const times = new ViewState(
			makeDataset([
				{ id: 'a', title: 'A', date: '2022-02-24T04:50+02:00' },
				{ id: 'b', title: 'B', date: '2022-02-24T09:00+02:00' }
			])
		);
		times.setTime(Date.UTC(2022, 1, 24, 5, 10, 20, 500));
		expect(urlStateOfView(times).time).toBe(Date.UTC(2022, 1, 24, 5, 10, 20));
	});
});
