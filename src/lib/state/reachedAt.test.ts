import { describe, expect, it } from 'vitest';
import { makeDataset } from '$lib/data/testing/makeDataset';
import { byInstant, hasReached, isWholeDay, latestReached } from './reachedAt';

const utc = (text: string) => Date.parse(text);

// Around 24 February 2022 in the offsets furthest apart: +14:00 (Kiritimati) and -10:00 (Hawaii).
const { events } = makeDataset([
	{ id: 'day-23', title: 'Day 23', date: '2022-02-23' },
	{ id: 'evening-23-hawaii', title: 'Evening 23 Hawaii', date: '2022-02-23T20:00-10:00' },
	{ id: 'day-24', title: 'Day 24', date: '2022-02-24' },
	{ id: 'early-24-kyiv', title: 'Early 24 Kyiv', date: '2022-02-24T01:00+02:00' },
	{ id: 'morning-24-kiritimati', title: 'Morning 24 Kiritimati', date: '2022-02-24T05:00+14:00' },
	{ id: 'late-24-hawaii', title: 'Late 24 Hawaii', date: '2022-02-24T22:00-10:00' },
	{ id: 'morning-25-kiritimati', title: 'Morning 25 Kiritimati', date: '2022-02-25T05:00+14:00' },
	{ id: 'day-25', title: 'Day 25', date: '2022-02-25' }
]);
const reached = (time: number, key: 'day' | 'instant') =>
	events.filter((event) => hasReached(event, time, key)).map((event) => event.id);

describe('isWholeDay(time)', () => {
	it.each([
		{ time: utc('2022-02-24T00:00Z'), expected: true },
		{ time: utc('1914-06-28T00:00Z'), expected: true },
		{ time: utc('2022-02-24T00:00:01Z'), expected: false },
		{ time: utc('2022-02-23T23:00Z'), expected: false }
	])('isWholeDay($time) is $expected', ({ time, expected }) => {
		expect(isWholeDay(time)).toBe(expected);
	});
});

describe('hasReached(event, time, key)', () => {
	it('a whole day reaches every event whose own calendar day is on or before it', () => {
		expect(reached(utc('2022-02-24T00:00Z'), 'day')).toEqual([
			'day-23',
			'evening-23-hawaii',
			'day-24',
			'morning-24-kiritimati',
			'early-24-kyiv',
			'late-24-hawaii'
		]);
		// 25 February 05:00 in Kiritimati is 24 February 15:00 UTC, but its day is the 25th.
		expect(reached(utc('2022-02-23T00:00Z'), 'day')).toEqual(['day-23', 'evening-23-hawaii']);
	});

	it('a moment reaches events by instant, as marks are placed, even at midnight', () => {
		expect(reached(utc('2022-02-24T00:00Z'), 'instant')).toEqual([
			'day-23',
			'day-24',
			'morning-24-kiritimati',
			'early-24-kyiv'
		]);
		// 24 February 03:00 UTC: the Hawaii evening of the 23rd (06:00 UTC) has not happened yet.
		expect(reached(utc('2022-02-24T03:00Z'), 'instant')).toEqual([
			'day-23',
			'day-24',
			'morning-24-kiritimati',
			'early-24-kyiv'
		]);
		expect(reached(utc('2022-02-24T15:00Z'), 'instant')).toEqual([
			'day-23',
			'evening-23-hawaii',
			'day-24',
			'morning-24-kiritimati',
			'early-24-kyiv',
			'morning-25-kiritimati'
		]);
	});
});

describe('latestReached(events, byInstant(events), time, key)', () => {
	const order = byInstant(events);
	it.each([
		{ at: '2022-02-22T00:00Z', expected: null, why: 'nothing yet' },
		{ at: '2022-02-23T00:00Z', expected: 'evening-23-hawaii', why: 'the last of the day by date' },
		{ at: '2022-02-24T00:00Z', expected: 'late-24-hawaii', why: 'a -10:00 evening is on its day' },
		{ at: '2022-02-24T03:00Z', expected: 'day-24', why: 'not a later-dated, unreached event' },
		{ at: '2022-02-23T16:00Z', expected: 'morning-24-kiritimati', why: '+14:00 is early' },
		{ at: '2022-02-24T15:00Z', expected: 'morning-25-kiritimati', why: 'the latest instant' },
		{ at: '2022-02-25T09:00Z', expected: 'late-24-hawaii', why: '09:00 UTC is its 23:00' },
		{ at: '2022-03-01T00:00Z', expected: 'morning-25-kiritimati', why: 'all: the last by date' }
	])('at $at it is $expected: $why', ({ at, expected }) => {
		// The table's times at 00:00 are whole days, the others moments.
		const key = isWholeDay(utc(at)) ? 'day' : 'instant';
		expect(latestReached(events, order, utc(at), key)?.id ?? null).toBe(expected);
	});

	it('does not reorder the events it is given', () => {
		const before = events.map((event) => event.id);
		byInstant(events);
		expect(events.map((event) => event.id)).toEqual(before);
	});
});
