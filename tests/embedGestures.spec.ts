import { test, expect } from './fixtures';
import type { CDPSession, FrameLocator, Locator, Page } from '@playwright/test';
import { appOrigin, hostOrigin, openArticle } from './embedHost';

test.use({ allowOrigins: [hostOrigin(appOrigin)] });

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
const mapZoom = async (frame: FrameLocator) =>
	Number(await frame.locator('.cm-leaflet').getAttribute('data-zoom'));
/** The timeline's tick labels: what a reader sees change when the range zooms. */
const ticks = (frame: FrameLocator) => frame.locator('.timeline svg.plot text').allTextContents();

/** Where the first marker sits on the map (one reading, while the article may still scroll). */
function markerOffset(frame: FrameLocator) {
	return frame.locator('.cm-leaflet').evaluate((map) => {
		const marker = map.querySelector('[data-place-id]')!.getBoundingClientRect();
		const box = map.getBoundingClientRect();
		return { x: Math.round(marker.x - box.x), y: Math.round(marker.y - box.y) };
	});
}

/** Moves every finger in `points` by `by` in four steps, through the DevTools touch input. */
async function swipe(
	client: CDPSession,
	points: { x: number; y: number }[],
	by: { x: number; y: number }
) {
	const at = (share: number) =>
		points.map((point, id) => ({
			id,
			x: Math.round(point.x + by.x * share),
			y: Math.round(point.y + by.y * share)
		}));
	await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
	for (const share of [0.1, 0.35, 0.7, 1])
		await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(share) });
	await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function pointAt(page: Page, target: Locator) {
	const box = (await target.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 60));
}

test.describe('cooperative gestures in an article (the embed default)', () => {
	test('a plain wheel over the map scrolls the article, leaves the zoom and shows a hint', async ({
		page,
		baseURL
	}) => {
		const frame = await openArticle(page, baseURL!);
		const zoom = await mapZoom(frame);
		await pointAt(page, frame.locator('.cm-surface'));
		await page.mouse.wheel(0, 240);
		await expect.poll(() => scrollY(page)).toBeGreaterThan(100);
		const hint = frame.locator('.cm-gesture-hint[data-part="map"]');
		await expect(hint).toHaveText('Use Ctrl + scroll to zoom the map');
		await expect(frame.locator('[data-gesture-announcer]')).toHaveText(
			'Use Ctrl + scroll to zoom the map'
		);
		await expect(hint).toHaveCount(0, { timeout: 3000 });
		expect(await mapZoom(frame)).toBe(zoom);
	});

	test('a plain wheel over the timeline scrolls the article and leaves its range', async ({
		page,
		baseURL
	}) => {
		const frame = await openArticle(page, baseURL!);
		const before = await ticks(frame);
		await pointAt(page, frame.locator('.timeline svg.plot'));
		await page.mouse.wheel(0, 240);
		await expect.poll(() => scrollY(page)).toBeGreaterThan(100);
		await expect(frame.locator('.cm-gesture-hint[data-part="timeline"]')).toHaveText(
			'Use Ctrl + scroll to zoom the timeline'
		);
		await page.waitForTimeout(300);
		expect(await ticks(frame)).toEqual(before);
	});

	test('Ctrl + wheel zooms the map and the timeline, and the article stays put', async ({
		page,
		baseURL
	}) => {
		const frame = await openArticle(page, baseURL!);
		const zoom = await mapZoom(frame);
		const before = await ticks(frame);
		await page.keyboard.down('Control');
		await pointAt(page, frame.locator('.cm-surface'));
		await page.mouse.wheel(0, -300);
		await expect.poll(() => mapZoom(frame)).toBeGreaterThan(zoom);
		await pointAt(page, frame.locator('.timeline svg.plot'));
		for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -300);
		await expect.poll(() => ticks(frame)).not.toEqual(before);
		await page.keyboard.up('Control');
		expect(await scrollY(page)).toBe(0);
	});

	test('gestures=greedy takes the wheel for the map, as the full page does', async ({
		page,
		baseURL
	}) => {
		const frame = await openArticle(page, baseURL!, { query: 'gestures=greedy' });
		const zoom = await mapZoom(frame);
		await pointAt(page, frame.locator('.cm-surface'));
		await page.mouse.wheel(0, -300);
		await expect.poll(() => mapZoom(frame)).toBeGreaterThan(zoom);
		expect(await scrollY(page)).toBe(0);
		await expect(frame.locator('.cm-gesture-hint')).toHaveCount(0);
	});

	test('the keyboard and the zoom buttons still zoom in cooperative mode', async ({
		page,
		baseURL
	}) => {
		const frame = await openArticle(page, baseURL!);
		const zoom = await mapZoom(frame);
		await frame.locator('.leaflet-control-zoom-in').click();
		await expect.poll(() => mapZoom(frame)).toBeGreaterThan(zoom);
	});
});

test.describe('cooperative gestures on a touch screen', () => {
	test.use({ hasTouch: true });

	test('one finger is left to the page over the map and the timeline; the scrubber still drags', async ({
		page,
		baseURL
	}) => {
		const frame = await openArticle(page, baseURL!);
		const touchAction = (selector: string) =>
			frame.locator(selector).evaluate((node) => getComputedStyle(node).touchAction);
		expect(await touchAction('.cm-surface')).toBe('pan-x pan-y');
		expect(await touchAction('.timeline svg.plot')).toBe('pan-y');
		expect(await touchAction('.timeline .track')).toBe('none');

		// Every touch event the frame sees, checked for preventDefault once it has run its course.
		await frame.locator('.chronomap').evaluate(() => {
			const seen: TouchEvent[] = [];
			(window as unknown as { touches: TouchEvent[] }).touches = seen;
			for (const type of ['touchstart', 'touchmove', 'touchend'])
				window.addEventListener(type, (event) => seen.push(event as TouchEvent), {
					capture: true,
					passive: true
				});
		});
		const zoom = await mapZoom(frame);
		const before = await ticks(frame);
		const offset = await markerOffset(frame);
		const client = await page.context().newCDPSession(page);
		const centre = async (part: string) => {
			const box = (await frame.locator(part).boundingBox())!;
			return { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
		};
		for (const part of ['.cm-surface', '.timeline svg.plot']) {
			// A slow one-finger swipe upwards through the browser's own touch pipeline, as a reader
			// scrolling past would make: the article under the frame scrolls by it. (Headless
			// Chromium's synthesizeScrollGesture does not reach a frame's host; touch events do.)
			// Back to the top, again until it stays there: the last swipe's fling may still be moving.
			await expect
				.poll(async () => {
					await page.evaluate(() => window.scrollTo(0, 0));
					await page.waitForTimeout(100);
					return scrollY(page);
				})
				.toBe(0);
			const { x, y } = await centre(part);
			await swipe(client, [{ x, y }], { x: 0, y: -90 });
			await expect
				.poll(() => scrollY(page), { message: `a swipe over ${part}` })
				.toBeGreaterThan(40);
		}
		const seen = await frame.locator('.chronomap').evaluate(() => {
			const events = (window as unknown as { touches: TouchEvent[] }).touches;
			return {
				types: [...new Set(events.map((event) => event.type))].sort(),
				prevented: events.filter((event) => event.defaultPrevented).map((event) => event.type)
			};
		});
		expect(seen.types).toEqual(['touchend', 'touchmove', 'touchstart']);
		expect(seen.prevented).toEqual([]);
		expect(await mapZoom(frame)).toBe(zoom);
		expect(await markerOffset(frame), 'the map did not move under one finger').toEqual(offset);
		expect(await ticks(frame)).toEqual(before);

		// The scrubber handle still follows one finger, once the last swipe's fling has settled.
		await expect
			.poll(async () => {
				await page.evaluate(() => window.scrollTo(0, 0));
				await page.waitForTimeout(100);
				return scrollY(page);
			})
			.toBe(0);
		const handle = frame.getByRole('slider', { name: 'Current time' });
		const start = Number(await handle.getAttribute('aria-valuenow'));
		const track = (await frame.locator('.timeline .track').boundingBox())!;
		const y = Math.round(track.y + track.height / 2);
		await client.send('Input.dispatchTouchEvent', {
			type: 'touchStart',
			touchPoints: [{ x: Math.round(track.x + track.width * 0.2), y }]
		});
		await client.send('Input.dispatchTouchEvent', {
			type: 'touchMove',
			touchPoints: [{ x: Math.round(track.x + track.width * 0.5), y }]
		});
		await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		await expect
			.poll(async () => Number(await handle.getAttribute('aria-valuenow')))
			.not.toBe(start);
	});

	test('two fingers move the map, and the article stays put', async ({ page, baseURL }) => {
		const frame = await openArticle(page, baseURL!);
		const client = await page.context().newCDPSession(page);
		const zoom = await mapZoom(frame);
		const before = await markerOffset(frame);
		const surface = (await frame.locator('.cm-surface').boundingBox())!;
		const x = Math.round(surface.x + surface.width / 2);
		const y = Math.round(surface.y + surface.height / 2);
		// Two fingers 80 px apart slide 90 px to the right together: a pan, not a pinch.
		await swipe(
			client,
			[
				{ x: x - 40, y },
				{ x: x + 40, y }
			],
			{ x: 90, y: 0 }
		);
		await expect
			.poll(async () => (await markerOffset(frame)).x - before.x, {
				message: 'the marker follows the fingers'
			})
			.toBeGreaterThan(60);
		expect(await mapZoom(frame)).toBe(zoom);
		expect(await scrollY(page)).toBe(0);
	});
});
