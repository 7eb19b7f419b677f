import { describe, expect, it } from 'vitest';
import { timeForKey } from './scrubKeys';

const utc = (year: number, month = 1, day = 1) => Date.UTC(year, month - 1, day);
const stops = [utc(2014, 2, 22), utc(2020, 3, 27), utc(2023, 11, 21)];
const context = { time: utc(2020, 3, 27), stops, unit: 'year' } as const;

describe('timeForKey(key, shiftKey, context)', () => {
	it.each([
		{ key: 'ArrowRight', shift: false, expected: utc(2023, 11, 21) },
		{ key: 'ArrowLeft', shift: false, expected: utc(2014, 2, 22) },
		{ key: 'ArrowUp', shift: false, expected: utc(2023, 11, 21) },
		{ key: 'ArrowDown', shift: false, expected: utc(2014, 2, 22) },
		{ key: 'ArrowRight', shift: true, expected: utc(2021) },
		{ key: 'ArrowLeft', shift: true, expected: utc(2020) },
		{ key: 'PageUp', shift: false, expected: utc(2021) },
		{ key: 'PageDown', shift: false, expected: utc(2020) },
		{ key: 'Home', shift: false, expected: utc(2014, 2, 22) },
		{ key: 'End', shift: false, expected: utc(2023, 11, 21) },
		{ key: 'Enter', shift: false, expected: null },
		{ key: 'a', shift: false, expected: null }
	])('$key (shift $shift)', ({ key, shift, expected }) => {
		expect(timeForKey(key, shift, context)).toBe(expected);
	});

	it('steps by days and pages by months when zoomed to days', () => {
		const dayContext = { ...context, unit: 'day' as const };
		expect(timeForKey('ArrowRight', true, dayContext)).toBe(utc(2020, 3, 28));
		expect(timeForKey('PageDown', false, dayContext)).toBe(utc(2020, 3, 1));
	});

	it('steps by the display clock’s hours when zoomed below a day', () => {
		const clock = { time: Date.parse('2022-02-24T02:50Z'), stops, unit: 'hour' as const };
		expect(timeForKey('ArrowRight', true, clock)).toBe(Date.parse('2022-02-24T03:00Z'));
		expect(timeForKey('ArrowRight', true, { ...clock, offset: 330 })).toBe(
			Date.parse('2022-02-24T03:30Z')
		);
		expect(timeForKey('ArrowLeft', true, { ...clock, unit: 'minute', offset: 330 })).toBe(
			Date.parse('2022-02-24T02:49Z')
		);
		expect(timeForKey('PageUp', false, { ...clock, offset: 330 })).toBe(
			Date.parse('2022-02-25T00:00Z')
		);
	});

	it('stays put past the last event date', () => {
		expect(timeForKey('ArrowRight', false, { ...context, time: utc(2023, 11, 21) })).toBe(
			utc(2023, 11, 21)
		);
	});

	it('has nowhere to go without events', () => {
		expect(timeForKey('Home', false, { ...context, stops: [] })).toBeNull();
	});
});
