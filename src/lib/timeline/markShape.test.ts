import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '$lib/time/calendarDate';
import { EVENT_KINDS } from '$lib/data/schema';
import { KIND_SHAPES, markForm, symbolPath } from './markShape';

const day: CalendarDate = { year: 2023, month: 11, day: 21, precision: 'day' };
const month: CalendarDate = { year: 2023, month: 11, precision: 'month' };
const year: CalendarDate = { year: 2023, precision: 'year' };

describe('markForm(event)', () => {
	it.each([
		{ name: 'a day is a point', event: { date: day }, expected: 'point' },
		{ name: 'a month is a bar', event: { date: month }, expected: 'bar' },
		{ name: 'a year is a bar', event: { date: year }, expected: 'bar' },
		{
			name: 'a day with an end is a bar',
			event: { date: day, end: { ...day, day: 27 } },
			expected: 'bar'
		},
		{
			name: 'a time is a point',
			event: { date: { ...day, hour: 4, minute: 50, offset: 120, precision: 'minute' } },
			expected: 'point'
		},
		{
			name: 'a not-after range is a bar',
			event: { date: day, notAfter: { ...day, day: 27 } },
			expected: 'bar'
		}
	] as const)('$name', ({ event, expected }) => {
		expect(markForm(event)).toBe(expected);
	});
});

describe('symbolPath(kind, size)', () => {
	it('gives every kind its own shape', () => {
		expect(new Set(Object.values(KIND_SHAPES)).size).toBe(EVENT_KINDS.length);
		expect(new Set(EVENT_KINDS.map((kind) => symbolPath(kind, 10))).size).toBe(EVENT_KINDS.length);
	});
	it.each([
		{ kind: 'event', expected: 'M5,0A5,5 0 1,1 -5,0A5,5 0 1,1 5,0Z' },
		{ kind: 'statement', expected: 'M0,-6L6,0L0,6L-6,0Z' },
		{ kind: 'report', expected: 'M-4.5,-4.5H4.5V4.5H-4.5Z' },
		{ kind: 'claim', expected: 'M0,-5.75L5.75,4.6L-5.75,4.6Z' }
	] as const)('draws a $kind', ({ kind, expected }) => {
		expect(symbolPath(kind, 10)).toBe(expected);
	});
});
