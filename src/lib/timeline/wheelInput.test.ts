import { describe, expect, it } from 'vitest';
import { isPageScroll, isSidewaysWheel, wheelZoomFactor } from './wheelInput';

describe('wheelZoomFactor', () => {
	it.each([
		{ name: 'a 100 px turn up zooms in', deltaY: -100, deltaMode: 0, ctrlKey: false, k: 2 ** 0.2 },
		{
			name: 'a 100 px turn down zooms out',
			deltaY: 100,
			deltaMode: 0,
			ctrlKey: false,
			k: 2 ** -0.2
		},
		{ name: 'three lines up', deltaY: -3, deltaMode: 1, ctrlKey: false, k: 2 ** 0.15 },
		{ name: 'one page down', deltaY: 1, deltaMode: 2, ctrlKey: false, k: 0.5 },
		{
			name: 'a pinch (ctrl) is ten times faster',
			deltaY: -10,
			deltaMode: 0,
			ctrlKey: true,
			k: 2 ** 0.2
		},
		{ name: 'no turn', deltaY: 0, deltaMode: 0, ctrlKey: false, k: 1 }
	])('$name', ({ k, ...event }) => {
		expect(wheelZoomFactor(event)).toBeCloseTo(k, 12);
	});
});

describe('isSidewaysWheel', () => {
	it.each([
		{ name: 'a vertical turn', deltaX: 0, deltaY: 100, sideways: false },
		{ name: 'a sideways swipe', deltaX: -80, deltaY: 0, sideways: true },
		{ name: 'a mostly sideways swipe', deltaX: 30, deltaY: -20, sideways: true },
		{ name: 'a diagonal, counted as a zoom', deltaX: 50, deltaY: -50, sideways: false }
	])('$name → $sideways', ({ sideways, ...event }) => {
		expect(isSidewaysWheel(event)).toBe(sideways);
	});
});

describe('isPageScroll(event)', () => {
	it.each([
		{ event: { deltaX: 0, deltaY: 100, ctrlKey: false, metaKey: false }, expected: true },
		{ event: { deltaX: 0, deltaY: -3, ctrlKey: false, metaKey: false }, expected: true },
		{ event: { deltaX: 0, deltaY: 100, ctrlKey: true, metaKey: false }, expected: false },
		{ event: { deltaX: 0, deltaY: 100, ctrlKey: false, metaKey: true }, expected: false },
		{ event: { deltaX: 80, deltaY: 10, ctrlKey: false, metaKey: false }, expected: false }
	])('$event is the page’s: $expected', ({ event, expected }) => {
		expect(isPageScroll(event)).toBe(expected);
	});
});
