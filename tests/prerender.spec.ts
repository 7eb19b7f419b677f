import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';

const article = JSON.parse(readFileSync('static/data/events.json', 'utf8')) as {
	title: string;
	source: { title: string };
	changes: { date: string; text: string }[];
	events: { id: string; title: string; quote: string; note?: string }[];
};
const withNote = article.events.find((event) => event.note)!;

/** What a reader without scripts must see on both routes: the whole story, as text and pictures. */
async function expectWholeStory(page: Page) {
	await expect(page.locator('h1')).toHaveText(article.title);
	await expect(page.getByText(`Source: ${article.source.title}`)).toBeVisible();
	const map = page.getByRole('img', { name: 'Map of the places in the story' });
	await expect(map).toBeVisible();
	expect((await map.boundingBox())!.height).toBeGreaterThan(150);
	await expect(map.locator('circle[data-place-id]').first()).toBeVisible();
	await expect(page.getByRole('img', { name: /^Timeline of \d+ events$/ })).toBeVisible();
	const rows = page.locator('tr[data-event-id]');
	await expect(rows).toHaveCount(article.events.length);
	for (const event of [article.events[0], article.events.at(-1)!, withNote]) {
		const row = page.locator(`tr[data-event-id="${event.id}"]`);
		await expect(row).toBeVisible();
		await expect(row).toContainText(event.title);
		await expect(row.locator('q')).toHaveText(event.quote);
	}
	await expect(page.locator(`tr[data-event-id="${withNote.id}"]`)).toContainText(withNote.note!);
	// The corrections log is one click away, without scripts too.
	const updated = page.getByText(/^Updated \d{1,2} [A-Z][a-z]+ \d{4}$/);
	await expect(updated).toBeVisible();
	await expect(page.getByText(article.changes[0].text)).toBeHidden();
	await updated.click();
	await expect(page.getByText(article.changes[0].text)).toBeVisible();
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const path of ['/', '/embed/']) {
		test(`${path} shows title, source, map, timeline and every event with quote and note`, async ({
			page
		}) => {
			await page.goto(path);
			await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'static');
			await expectWholeStory(page);
		});
	}
});

/** Counts requests for the dataset file and adds up layout shifts from the start of the page. */
async function watchLoad(page: Page) {
	const datasetRequests: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('events.json')) datasetRequests.push(request.url());
	});
	await page.addInitScript(() => {
		const record = window as unknown as { layoutShift: number };
		record.layoutShift = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
			})[]) {
				if (!entry.hadRecentInput) record.layoutShift += entry.value;
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
	return {
		datasetRequests,
		layoutShift: () =>
			page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)
	};
}

test('the page HTML carries the first view; the app takes over with one list and no second download', async ({
	page
}) => {
	const load = await watchLoad(page);
	const html = await (await page.request.get('/')).text();
	expect(html).toContain('data-status="static"');
	expect(html).toContain(`data-event-id="${article.events[0].id}"`);
	await openApp(page);
	await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'ready');
	await expect(page.locator('#cm-static')).toHaveCount(0);
	await expect(page.locator('tr[data-event-id]')).toHaveCount(article.events.length);
	await expect(page.locator(`.list tr[data-event-id="${article.events[0].id}"]`)).toHaveCount(1);
	expect(load.datasetRequests).toEqual([]);
	await page.waitForTimeout(300);
	expect(await load.layoutShift()).toBeLessThanOrEqual(0.05);
});

for (const path of ['/', '/embed/']) {
	test(`${path} asks for the app’s modules after its first frame, and each of them loads`, async ({
		page,
		baseURL
	}) => {
		const html = await (await page.request.get(path)).text();
		// In the head, their download and compiling held the first paint back.
		expect(html.match(/rel="modulepreload"/g) ?? []).toHaveLength(0);
		const named = /<script src="[^"]*prepaint\.js" data-modules="([^"]*)"/.exec(html)?.[1];
		const modules = named!.split(' ').map((href) => new URL(href, new URL(path, baseURL)).pathname);
		expect(modules.length).toBeGreaterThan(2);
		await page.addInitScript(() => {
			const times = window as unknown as { firstFrame?: number; preloadsAdded?: number };
			requestAnimationFrame(() => (times.firstFrame ??= performance.now()));
			new MutationObserver(() => {
				if (document.querySelector('link[rel=modulepreload]'))
					times.preloadsAdded ??= performance.now();
			}).observe(document, { childList: true, subtree: true });
		});
		const loaded: string[] = [];
		page.on('response', (response) => {
			if (response.ok()) loaded.push(new URL(response.url()).pathname);
		});
		await openApp(page, path);
		await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'ready');
		const { firstFrame, preloadsAdded } = await page.evaluate(() => {
			const { firstFrame, preloadsAdded } = window as unknown as Record<string, number>;
			return { firstFrame, preloadsAdded };
		});
		expect(preloadsAdded).toBeGreaterThan(firstFrame);
		const preloaded = await page
			.locator('head link[rel=modulepreload]')
			.evaluateAll((links) =>
				links.map((link) => new URL((link as HTMLLinkElement).href).pathname)
			);
		// The first links are the pre-paint script's; the app adds its own for what it imports later.
		expect(preloaded.slice(0, modules.length)).toEqual(modules);
		for (const module of modules) expect(loaded).toContain(module);
	});
}

for (const query of ['', `?event=${withNote.id}`]) {
	test(`/embed/${query} takes over without a second list or a layout jump`, async ({ page }) => {
		const load = await watchLoad(page);
		await openApp(page, `/embed/${query}`);
		await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'ready');
		await expect(page.locator('tr[data-event-id]')).toHaveCount(0);
		if (query) await expect(page.getByRole('heading', { name: withNote.title })).toBeVisible();
		expect(load.datasetRequests).toEqual([]);
		await page.waitForTimeout(300);
		expect(await load.layoutShift()).toBeLessThanOrEqual(0.05);
	});
}

/**
 * Stands in for the app's own scripts so the page stays as the browser first paints it: only
 * the pre-paint script runs.
 */
async function withoutApp(page: Page) {
	await page.route('**/_app/immutable/**/*.js', (route) =>
		route.fulfill({ contentType: 'text/javascript', body: 'export function start() {}' })
	);
}

test('before the app runs, ?data= hides the shipped story and says it is loading', async ({
	page
}) => {
	await withoutApp(page);
	await page.goto('/?data=/examples/events.json');
	await expect(page.getByRole('status')).toHaveText('Loading events…');
	await expect(page.locator('h1')).toBeHidden();
	await expect(page.locator(`tr[data-event-id="${article.events[0].id}"]`)).toBeHidden();
});

for (const query of [`?event=${withNote.id}`, '?t=2023-11-21', '?lang=uk']) {
	test(`before the app runs, ${query} keeps the shipped story`, async ({ page }) => {
		await withoutApp(page);
		await page.goto(`/${query}`);
		await expect(page.locator('h1')).toHaveText(article.title);
		await expect(page.locator(`tr[data-event-id="${withNote.id}"]`)).toBeVisible();
		await expect(page.getByText('Loading events…')).toBeHidden();
	});
}

test('?data= still loads the named file and never shows the shipped story with it', async ({
	page
}) => {
	await openApp(page, '/?data=/examples/events.json');
	await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'ready');
	await expect(page.locator('#cm-static')).toHaveCount(0);
	await expect(page.locator('h1')).not.toHaveText(article.title);
});
