import { describe, expect, it } from 'vitest';
import { parseGestureMode } from './gestureMode';

describe('parseGestureMode(value, embedded)', () => {
	it.each([
		{ value: null, embedded: true, expected: 'cooperative' },
		{ value: null, embedded: false, expected: 'greedy' },
		{ value: 'greedy', embedded: true, expected: 'greedy' },
		{ value: 'cooperative', embedded: false, expected: 'cooperative' },
		{ value: 'GREEDY', embedded: true, expected: 'cooperative' },
		{ value: '', embedded: false, expected: 'greedy' }
	])('$value in an embed: $embedded gives $expected', ({ value, embedded, expected }) => {
		expect(parseGestureMode(value, embedded)).toBe(expected);
	});
});
