import { test, expect } from './fixtures';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { appOrigin, hostOrigin, openArticle } from './embedHost';

test.use({ allowOrigins: [hostOrigin(appOrigin)] });

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
const mapZoom = async (frame: FrameLocator) =>
	Number(await frame.locator('.cm-leaflet').getAttribute('data-zoom'));
/** The timeline's tick labels: what a reader sees change when the range zooms. */
const ticks = (frame: FrameLocator) => frame.locator('.timeline svg.plot text').allTextContents();

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
		const client = await page.context().newCDPSession(page);
		const centre = async (part: string) => {
			const box = (await frame.locator(part).boundingBox())!;
			return { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
		};
		for (const part of ['.cm-surface', '.timeline svg.plot']) {
			// One synthesised scroll swipe through the browser's own touch pipeline…
			await client.send('Input.synthesizeScrollGesture', {
				...(await centre(part)),
				yDistance: -120,
				gestureSourceType: 'touch',
				speed: 800
			});
			// …and a slow one-finger drag upwards, as a reader scrolling past would make.
			const { x, y } = await centre(part);
			await client.send('Input.dispatchTouchEvent', {
				type: 'touchStart',
				touchPoints: [{ x, y }]
			});
			for (const dy of [10, 30, 60])
				await client.send('Input.dispatchTouchEvent', {
					type: 'touchMove',
					touchPoints: [{ x, y: y - dy }]
				});
			await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
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
		expect(await ticks(frame)).toEqual(before);

		// The scrubber handle still follows one finger.
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
});
