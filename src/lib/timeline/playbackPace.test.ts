import { describe, expect, it } from 'vitest';
import { msPerDay } from './playbackPace';

const DAY = 86_400_000;

describe('msPerDay(range)', () => {
	it.each([
		{ days: 3650, expected: 20_000 / 3650 },
		{ days: 30, expected: 20_000 / 30 },
		{ days: 0.5, expected: 40_000 },
		{ days: 4 / 24, expected: 120_000 }
	])('$days days play in 20 s, from a decade to an afternoon', ({ days, expected }) => {
		expect(msPerDay([0, days * DAY])).toBeCloseTo(expected, 9);
	});
});
