import { test, expect, openApp } from './fixtures';
import { hostileDataset } from './hostileDataset';
import type { Page } from '@playwright/test';

/** Records Content-Security-Policy violations and dialogs from the first script on. */
async function watchForViolations(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { __violations: string[] };
		w.__violations = [];
		document.addEventListener('securitypolicyviolation', (event) =>
			w.__violations.push(`${event.violatedDirective}: ${event.blockedURI}`)
		);
	});
	page.on('dialog', (dialog) => {
		throw new Error(`a dialog opened: ${dialog.message()}`);
	});
}

const violations = (page: Page) =>
	page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

/**
 * The violations recorded in the page and in each of its frames, read before the page is left
 * (a navigation starts a new list). Each frame's list is prefixed with its address.
 */
async function violationsInEveryFrame(page: Page): Promise<string[]> {
	const lists = await Promise.all(
		page.frames().map(async (frame) => {
			const list = await frame.evaluate(
				() => (window as unknown as { __violations?: string[] }).__violations ?? null
			);
			expect(list, `violations are recorded in ${frame.url()}`).not.toBeNull();
			return list!.map((violation) => `${frame.url()}: ${violation}`);
		})
	);
	return lists.flat();
}

test('the pages carry a hash-based CSP and use every feature without violating it', async ({
	page
}) => {
	await watchForViolations(page);
	for (const path of ['/', '/embed/', '/embed/preview/']) {
		await page.goto(path);
		const csp = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(csp).toMatch(/script-src 'self' 'sha256-/);
		expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
		if (path === '/embed/preview/') {
			const frames = page.locator('iframe');
			await expect(frames).toHaveCount(3);
			for (let i = 0; i < 3; i++) {
				// The frames load lazily: bring each into view, as a reader scrolling would.
				await frames.nth(i).scrollIntoViewIfNeeded();
				await expect(frames.nth(i).contentFrame().locator('.chronomap')).toHaveAttribute(
					'data-status',
					'ready',
					{ timeout: 15_000 }
				);
			}
			expect(page.frames()).toHaveLength(4);
		} else {
			await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'ready');
		}
		// Read before leaving: the next navigation starts each list afresh.
		expect(await violationsInEveryFrame(page), path).toEqual([]);
	}
	await openApp(page, '/');
	await page.locator('.list tr[data-event-id="crimea-referendum-2014"] button').click();
	await page.getByRole('button', { name: 'Embed' }).click();
	await page.getByRole('button', { name: 'Close' }).click();
	await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
	await page.getByRole('combobox', { name: 'Language' }).selectOption('uk');
	expect(await violationsInEveryFrame(page)).toEqual([]);
});

test('hostile data is shown as text, links are dropped unless http(s), nothing executes', async ({
	page
}) => {
	await watchForViolations(page);
	await page.route('**/data/events.json', (route) =>
		route.fulfill({ contentType: 'application/json', body: JSON.stringify(hostileDataset()) })
	);
	await openApp(page, '/?list=1&data=%2Fdata%2Fevents.json');
	await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'ready');
	await expect(page.locator('h1')).toHaveText('<img src=x onerror="window.__pwned = \'img\'">');
	const rows = page.locator('.list tbody tr');
	await expect(rows).toHaveCount(9);
	await expect(rows.first().locator('button')).toHaveText(
		'<script>window.__pwned = "script"</script>'
	);
	const details = page.locator('[aria-label="Event details"]');
	for (let i = 0; i < 9; i++) {
		await page.locator(`.list tr[data-event-id="e${i}"] button`).click();
		await expect(details).toHaveAttribute('data-event-id', `e${i}`);
		// Read each event's links while it shows: the https one stays, the others are dropped.
		const hrefs = await page
			.locator('a[href]')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		for (const href of hrefs) {
			expect(href).toMatch(/^(https?:|\/|\.|#)/);
			expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
		}
		const sourceLink = details.locator('a[href="https://example.org/ok"]');
		await expect(sourceLink).toHaveCount(i % 4 === 2 ? 1 : 0);
	}
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)
	).toBeUndefined();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	expect(await violations(page)).toEqual([]);
});

test.describe('error states', () => {
	test('an empty dataset says so', async ({ page }) => {
		await page.route('**/data/events.json', (route) =>
			route.fulfill({
				contentType: 'application/json',
				body: JSON.stringify({ version: 1, title: 'Empty', events: [] })
			})
		);
		await openApp(page, '/?data=%2Fdata%2Fevents.json');
		await expect(page.getByText('This dataset has no events to show.')).toBeVisible();
	});

	test('events that all lack places sit on the timeline, and the map says why', async ({
		page
	}) => {
		await page.route('**/data/events.json', (route) =>
			route.fulfill({
				contentType: 'application/json',
				body: JSON.stringify({
					version: 1,
					title: 'No places',
					events: [
						{ id: 'a', title: 'First', date: '2020' },
						{ id: 'b', title: 'Second', date: '2021-05' }
					]
				})
			})
		);
		await openApp(page, '/?data=%2Fdata%2Fevents.json');
		await expect(page.locator('.timeline [data-event-id]')).toHaveCount(2);
		await expect(page.locator('.map-panel')).toContainText('These events have no places');
		await expect(page.locator('.leaflet-container [data-place-id]')).toHaveCount(0);
	});

	test.describe('a failed load', () => {
		test.use({ expectConsoleErrors: ['404'] });
		test('names the HTTP status', async ({ page }) => {
			await page.route('**/data/events.json', (route) =>
				route.fulfill({ status: 404, body: 'missing' })
			);
			await openApp(page, '/?data=%2Fdata%2Fevents.json');
			await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'failed');
			await expect(page.locator('[role="alert"]')).toContainText('HTTP 404');
		});

		test('in a frame, still tells the host page', async ({ page }) => {
			await page.route('**/data/events.json', (route) => route.fulfill({ status: 404, body: '' }));
			// Listen from the first script on, so a message sent before the page settles counts too.
			await page.addInitScript(() => {
				if (window !== window.top) return;
				const w = window as unknown as { __messages: unknown[] };
				w.__messages = [];
				addEventListener('message', (event) => w.__messages.push(event.data));
			});
			await page.goto('/embed/preview/?data=%2Fdata%2Fevents.json');
			const recorded = () =>
				page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages);
			await expect
				.poll(recorded, { timeout: 15_000 })
				.toContainEqual({ type: 'chronomap:ready', version: 1, events: 0, steps: 0 });
			const messages = await recorded();
			const types = messages.map((message) => (message as { type?: string })?.type);
			expect(types.indexOf('chronomap:error')).toBeGreaterThanOrEqual(0);
			expect(types.indexOf('chronomap:error')).toBeLessThan(types.indexOf('chronomap:ready'));
			expect(messages).toContainEqual({
				type: 'chronomap:error',
				message: 'The events could not be loaded.'
			});
			expect(messages).toContainEqual({ type: 'chronomap:ready', version: 1, events: 0, steps: 0 });
		});
	});

	test.describe('a component that throws', () => {
		test.use({ expectConsoleErrors: ['Chronomap: the', 'sabotaged'] });
		test('shows a message in its place while the rest works', async ({ page }) => {
			await page.addInitScript(() => {
				// Any part that measures itself fails: the boundary must contain the failure.
				window.ResizeObserver = class {
					constructor() {
						throw new Error('sabotaged ResizeObserver');
					}
				} as unknown as typeof ResizeObserver;
			});
			await openApp(page);
			await expect(page.locator('[data-part]').first()).toContainText('could not be shown');
			await page.locator('.list tr[data-event-id="crimea-referendum-2014"] button').click();
			await expect(
				page.locator('.list tr[data-event-id="crimea-referendum-2014"]')
			).toHaveAttribute('aria-current', 'true');
		});
	});
});

test.describe('OpenStreetMap tiles', () => {
	const tileOrigin = 'https://tile.openstreetmap.org';
	// The tile host is allowed past the guard only so that this test can answer for it itself.
	test.use({ allowOrigins: [tileOrigin] });
	const onePixel = Buffer.from(
		'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
		'base64'
	);

	test('?tiles=osm sends only the origin as referrer and says where the tiles come from', async ({
		page,
		baseURL
	}) => {
		const referrers = new Set<string>();
		let tiles = 0;
		await page.route(`${tileOrigin}/**`, async (route) => {
			// Counted once the header is read, so that the count never runs ahead of the set.
			referrers.add((await route.request().allHeaders())['referer'] ?? 'none');
			tiles++;
			await route.fulfill({ contentType: 'image/png', body: onePixel });
		});
		await openApp(page);
		await expect(page.getByText('Map tiles from OpenStreetMap')).toHaveCount(0);
		expect(tiles).toBe(0);
		await openApp(page, '/?tiles=osm');
		await expect(
			page.locator('.map-panel').getByText('Map tiles from OpenStreetMap')
		).toBeVisible();
		await expect.poll(() => tiles).toBeGreaterThan(0);
		// Origin only: never the page's address with its query.
		expect([...referrers]).toEqual([`${new URL(baseURL!).origin}/`]);
	});
});

test('the CSP lets workers start only from the app itself', async ({ page }) => {
	for (const path of ['/', '/embed/']) {
		await openApp(page, path);
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		const workers = policy!
			.split(';')
			.find((directive) => directive.trim().startsWith('worker-src'));
		expect(workers?.trim(), path).toBe("worker-src 'self'");
	}
});

test('?data= over plain http: on another site is refused with the reason, before any request', async ({
	page
}) => {
	await openApp(page, `/?data=${encodeURIComponent('http://data.example/events.csv')}`);
	await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'failed');
	await expect(page.getByRole('alert')).toContainText(
		'this page loads data from other sites only over https: addresses'
	);
});
