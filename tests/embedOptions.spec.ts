import { test, expect, openApp } from './fixtures';
import { appOrigin, hostOrigin } from './embedHost';

const handle = (page: import('@playwright/test').Page) => page.locator('[role="slider"]');

test('controls=0 leaves out the playback and zoom buttons but keeps the keyboard slider', async ({
	page
}) => {
	await openApp(page, '/embed/?controls=0');
	await expect(handle(page)).toBeVisible();
	const timeline = page.locator('.timeline-area');
	await expect(timeline.getByRole('button', { name: 'Play', exact: true })).toHaveCount(0);
	for (const name of ['Zoom in', 'Zoom out'])
		await expect(timeline.getByRole('button', { name, exact: true })).toHaveCount(0);
	await expect(timeline.getByRole('combobox', { name: 'Playback speed' })).toHaveCount(0);
	const before = await handle(page).getAttribute('aria-valuenow');
	await handle(page).focus();
	await page.keyboard.press('Home');
	await expect(handle(page)).not.toHaveAttribute('aria-valuenow', before!);
});

test('autoplay=1 plays from the start of the story', async ({ page }) => {
	await openApp(page, '/embed/?autoplay=1');
	const min = Number(await handle(page).getAttribute('aria-valuemin'));
	await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
	// It started at the left edge and moves forward from there.
	const first = Number(await handle(page).getAttribute('aria-valuenow'));
	expect(first - min).toBeLessThan(400 * 86_400_000);
	await expect
		.poll(async () => Number(await handle(page).getAttribute('aria-valuenow')))
		.toBeGreaterThan(first);
});

test.describe('sizing in a host page', () => {
	test.use({ allowOrigins: [hostOrigin(appOrigin)] });

	test('autosize=1 without embed.js sizes to its content and reports its height', async ({
		page,
		baseURL
	}) => {
		const params = new URLSearchParams({
			src: `${baseURL}/embed/?autosize=1`,
			width: '800',
			height: '400'
		});
		await page.goto(`${hostOrigin(baseURL!)}/host.html?${params}`);
		const frame = page.frameLocator('#frame');
		await expect(frame.locator('.chronomap')).toHaveAttribute('data-status', 'ready');
		// Not squeezed into the frame: the view keeps its own height and says so.
		await expect(frame.locator('.chronomap')).not.toHaveClass(/fill-frame/);
		const heights = () =>
			page.evaluate(() =>
				(window as unknown as { received: { data: { type?: string; height?: number } }[] }).received
					.filter((message) => message.data?.type === 'chronomap:resize')
					.map((message) => message.data.height!)
			);
		await expect.poll(async () => (await heights()).at(-1) ?? 0).toBeGreaterThan(400);
		const content = () => frame.locator('html').evaluate((html) => html.scrollHeight);
		await expect.poll(async () => (await heights()).at(-1) === (await content())).toBe(true);
	});

	test('embed.js never makes a frame shorter than 320 px', async ({ page, baseURL }) => {
		const params = new URLSearchParams({
			src: `${baseURL}/embed/`,
			width: '800',
			height: '600',
			script: `${baseURL}/embed.js`
		});
		await page.goto(`${hostOrigin(baseURL!)}/host.html?${params}`);
		const frame = page.frameLocator('#frame');
		await expect(frame.locator('.chronomap')).toHaveAttribute('data-status', 'ready');
		await expect
			.poll(() => page.locator('#frame').evaluate((f) => (f as HTMLElement).style.height))
			.toMatch(/^\d+px$/);
		// The frame itself asks for 50 px: embed.js gives it 320.
		const embed = page.frames().find((f) => f.url().startsWith(`${baseURL}/embed/`))!;
		await embed.evaluate(() => parent.postMessage({ type: 'chronomap:resize', height: 50 }, '*'));
		await expect
			.poll(() => page.locator('#frame').evaluate((f) => (f as HTMLElement).style.height))
			.toBe('320px');
	});
});
