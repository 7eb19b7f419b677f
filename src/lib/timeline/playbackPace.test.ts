import { describe, expect, it } from 'vitest';
import { msPerDay } from './playbackPace';

const DAY = 86_400_000;

describe('msPerDay(range)', () => {
	it.each([
		{ days: 3650, expected: 20_000 / 3650 },
		{ days: 30, expected: 20_000 / 30 },
		{ days: 0.5, expected: 20_000 }
	])('$days days play in 20 s', ({ days, expected }) => {
		expect(msPerDay([0, days * DAY])).toBeCloseTo(expected, 9);
	});
});
