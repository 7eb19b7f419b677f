import { readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import { test, expect, openApp } from './fixtures';

const article = JSON.parse(readFileSync('static/data/events.json', 'utf8')) as {
	events: { id: string; title: string; date: string; places: string[] }[];
};

/** The text only Leaflet's code carries: a script with it is the map's chunk. */
const LEAFLET_MARK = 'leaflet-container';

/**
 * Serves the app's scripts through the test: the one carrying Leaflet is held back until
 * `release()` is called, and its address and request time are recorded.
 */
async function holdLeaflet(page: Page) {
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	const requested: string[] = [];
	await page.route(/\/_app\/immutable\/chunks\/[^/]+\.js$/, async (route: Route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (body.includes(LEAFLET_MARK)) {
			requested.push(route.request().url());
			await released;
		}
		await route.fulfill({ response, body });
	});
	return { requested, release };
}

/** Makes the browser never report idle time, so only a reader's intent can bring the map in. */
async function neverIdle(page: Page) {
	await page.addInitScript(() => {
		window.requestIdleCallback = () => 0;
	});
}

test('a click on a static marker before Leaflet has loaded selects the place’s event', async ({
	page
}) => {
	const leaflet = await holdLeaflet(page);
	await openApp(page, '/embed/');
	const standIn = page.locator('.lazy-map[data-map="static"]');
	await expect(standIn).toBeVisible();
	await expect(page.locator('.leaflet-container')).toHaveCount(0);
	// The view opens at its last event, so a marker opens its place's latest event: take a
	// place shown in the frame, clear of other markers, whose latest event is one of a kind.
	const box = (await standIn.boundingBox())!;
	const markers = await standIn.locator('circle[data-place-id]').evaluateAll((circles) =>
		circles.map((circle) => {
			const { x, y, width, height } = circle.getBoundingClientRect();
			return { id: circle.getAttribute('data-place-id')!, x: x + width / 2, y: y + height / 2 };
		})
	);
	const choice = markers
		.filter(({ x }) => x > box.x + 10 && x < box.x + box.width - 10)
		.filter(({ y }) => y > box.y + 10 && y < box.y + box.height - 10)
		.filter((a) => markers.every((b) => a === b || Math.hypot(a.x - b.x, a.y - b.y) > 14))
		.map(({ id }) => {
			const here = article.events.filter((event) => event.places.includes(id));
			const last = here.reduce((latest, event) => (event.date > latest.date ? event : latest));
			return { id, last, ties: here.filter((event) => event.date === last.date).length };
		})
		.find(({ ties }) => ties === 1);
	expect(choice, 'a place to click on the static map').toBeDefined();
	const { id: placeId, last: latest } = choice!;
	await standIn.locator(`circle[data-place-id="${placeId}"]`).click();
	await expect(page.locator('.details h2')).toHaveText(latest.title);
	await expect(standIn.locator(`circle[data-place-id="${placeId}"]`)).toHaveAttribute(
		'aria-current',
		'true'
	);
	// Still the stand-in: the selection came from the static map, not from Leaflet.
	await expect(page.locator('.leaflet-container')).toHaveCount(0);
	leaflet.release();
	const marker = page.locator(`.leaflet-container [data-place-id="${placeId}"]`);
	await expect(marker).toHaveAttribute('data-selected', 'true');
	await expect(standIn).toHaveCount(0);
	await expect(page.locator('.details h2')).toHaveText(latest.title);
});

test('Leaflet is requested only after the page has loaded, when the browser is idle', async ({
	page
}) => {
	const leaflet = await holdLeaflet(page);
	leaflet.release();
	await openApp(page, '/embed/');
	await expect(page.locator('.leaflet-container [data-place-id]').first()).toBeVisible();
	expect(leaflet.requested).toHaveLength(1);
	const timing = await page.evaluate((url) => {
		const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		const chunk = performance.getEntriesByName(url)[0];
		return { loaded: navigation.loadEventEnd, requested: chunk.startTime };
	}, leaflet.requested[0]);
	expect(timing.loaded).toBeGreaterThan(0);
	expect(timing.requested).toBeGreaterThanOrEqual(timing.loaded);
});

for (const intent of ['pointer', 'focus'] as const) {
	test(`without idle time, Leaflet waits for a ${intent} on the map`, async ({ page }) => {
		await neverIdle(page);
		const leaflet = await holdLeaflet(page);
		leaflet.release();
		await openApp(page, '/embed/');
		const standIn = page.locator('.lazy-map[data-map="static"] [role="region"]');
		await expect(standIn).toBeVisible();
		// Time enough for any eager load to have started: nothing asks for Leaflet.
		await page.waitForTimeout(1500);
		expect(leaflet.requested).toEqual([]);
		await expect(page.locator('.leaflet-container')).toHaveCount(0);
		if (intent === 'pointer') await standIn.hover();
		else await standIn.focus();
		await expect(page.locator('.leaflet-container [data-place-id]').first()).toBeVisible();
		expect(leaflet.requested).toHaveLength(1);
		await expect(page.locator('.lazy-map[data-map="live"]')).toBeVisible();
		// Focus moves on to the live map, so a keyboard reader keeps their place.
		if (intent === 'focus') await expect(page.locator('.cm-surface')).toBeFocused();
	});
}
