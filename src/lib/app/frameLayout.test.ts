import { describe, expect, it } from 'vitest';
import { frameLayout } from './frameLayout';

describe('frameLayout(width, height, withList)', () => {
	it.each([
		{ width: 600, height: 480, withList: false, mapAtLeast: 200 },
		{ width: 360, height: 480, withList: false, mapAtLeast: 150 },
		{ width: 900, height: 480, withList: false, mapAtLeast: 200 },
		{ width: 1200, height: 900, withList: false, mapAtLeast: 378 },
		{ width: 300, height: 320, withList: false, mapAtLeast: 150 },
		{ width: 600, height: 480, withList: true, mapAtLeast: 200 }
	])('$width×$height (list: $withList) gives the map $mapAtLeast px or more', (frame) => {
		const { mapMin, timelineMax } = frameLayout(frame.width, frame.height, frame.withList);
		expect(mapMin).toBeGreaterThanOrEqual(frame.mapAtLeast);
		expect(timelineMax).toBeGreaterThanOrEqual(96);
	});

	it('never shares out more than the frame holds', () => {
		for (const height of [320, 400, 480, 600, 800, 900]) {
			for (const withList of [false, true]) {
				const { mapMin, timelineMax } = frameLayout(600, height, withList);
				expect(mapMin + timelineMax).toBeLessThanOrEqual(height - 24);
			}
		}
	});

	it.each([
		{ width: 300, height: 900, toolsMenu: true },
		{ width: 360, height: 480, toolsMenu: true },
		{ width: 600, height: 480, toolsMenu: true },
		{ width: 1200, height: 400, toolsMenu: true },
		{ width: 840, height: 440, toolsMenu: false },
		{ width: 900, height: 480, toolsMenu: false }
	])('$width×$height folds the tools into a menu: $toolsMenu', ({ width, height, toolsMenu }) => {
		expect(frameLayout(width, height).toolsMenu).toBe(toolsMenu);
	});

	it.each([
		{ width: 360, height: 480, storyAtLeast: 100, mapAtLeast: 150 },
		{ width: 600, height: 600, storyAtLeast: 150, mapAtLeast: 200 },
		{ width: 300, height: 320, storyAtLeast: 48, mapAtLeast: 130 }
	])(
		'$width×$height with a story above the map keeps room for each part',
		({ width, height, storyAtLeast, mapAtLeast }) => {
			const { storyMax, mapMin, timelineMax } = frameLayout(width, height, false, true);
			expect(storyMax).toBeGreaterThanOrEqual(storyAtLeast);
			expect(mapMin).toBeGreaterThanOrEqual(mapAtLeast);
			expect(timelineMax).toBeGreaterThanOrEqual(96);
			// Three rows, two gaps and the padding: nothing shared out beyond the frame.
			expect(storyMax + mapMin + timelineMax).toBeLessThanOrEqual(height - 32);
		}
	);

	it('puts a story beside the map from 700 px wide, taking nothing from the map', () => {
		const beside = frameLayout(900, 480, false, true);
		expect(beside.storyMax).toBe(0);
		expect(beside.mapMin).toBe(frameLayout(900, 480).mapMin);
	});
});
