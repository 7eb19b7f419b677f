import { describe, expect, it } from 'vitest';
import { chooseMarkMode } from './markMode';

describe('chooseMarkMode(countInView, width, lanes)', () => {
	it.each([
		{ count: 30, width: 1200, lanes: 10, expected: 'marks' },
		{ count: 30, width: 320, lanes: 10, expected: 'marks' },
		{ count: 260, width: 320, lanes: 10, expected: 'marks' },
		{ count: 261, width: 320, lanes: 10, expected: 'density' },
		{ count: 1000, width: 1280, lanes: 10, expected: 'marks' },
		{ count: 2001, width: 4000, lanes: 10, expected: 'density' },
		{ count: 10_000, width: 1280, lanes: 10, expected: 'density' },
		{ count: 100_000, width: 320, lanes: 10, expected: 'density' },
		{ count: 5, width: 0, lanes: 10, expected: 'marks' }
	])('$count events at $width px', ({ count, width, lanes, expected }) => {
		expect(chooseMarkMode(count, width, lanes)).toBe(expected);
	});
});
