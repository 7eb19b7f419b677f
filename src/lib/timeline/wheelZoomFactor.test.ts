import { describe, expect, it } from 'vitest';
import { wheelZoomFactor } from './wheelZoomFactor';

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
