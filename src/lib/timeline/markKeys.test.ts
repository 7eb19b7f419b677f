import { describe, expect, it } from 'vitest';
import { markForKey, markTabStop } from './markKeys';

const ids = ['a', 'b', 'c'];

describe('markForKey', () => {
	it.each([
		{ current: 'a', key: 'ArrowRight', expected: 'b' },
		{ current: 'a', key: 'ArrowUp', expected: 'b' },
		{ current: 'b', key: 'ArrowLeft', expected: 'a' },
		{ current: 'b', key: 'ArrowDown', expected: 'a' },
		{ current: 'c', key: 'ArrowRight', expected: null },
		{ current: 'a', key: 'ArrowLeft', expected: null },
		{ current: 'b', key: 'Home', expected: 'a' },
		{ current: 'b', key: 'End', expected: 'c' },
		{ current: 'a', key: 'Home', expected: null },
		{ current: 'c', key: 'End', expected: null },
		{ current: 'b', key: 'Enter', expected: null },
		{ current: 'b', key: 'PageUp', expected: null },
		{ current: 'gone', key: 'ArrowRight', expected: null }
	])('$key from $current gives $expected', ({ current, key, expected }) => {
		expect(markForKey(ids, current, key)).toBe(expected);
	});

	it('has nowhere to go among no marks or one', () => {
		expect(markForKey([], 'a', 'ArrowRight')).toBeNull();
		expect(markForKey(['a'], 'a', 'End')).toBeNull();
	});
});

describe('markTabStop', () => {
	it.each([
		{ name: 'the focused mark while in view', focused: 'c', selected: 'b', expected: 'c' },
		{
			name: 'the selected mark once the focused one left the view',
			focused: 'x',
			selected: 'b',
			expected: 'b'
		},
		{ name: 'the first mark when neither is in view', focused: 'x', selected: 'y', expected: 'a' },
		{
			name: 'the first mark when nothing was focused or selected',
			focused: null,
			selected: null,
			expected: 'a'
		}
	])('$name', ({ focused, selected, expected }) => {
		expect(markTabStop(ids, focused, selected)).toBe(expected);
	});

	it('is no mark when there are none', () => {
		expect(markTabStop([], 'a', 'b')).toBeNull();
	});
});
