import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { appOrigin, hostOrigin } from './embedHost';

test.use({ allowOrigins: [hostOrigin(appOrigin)] });

interface Received {
	from?: string;
	origin: string;
	data: { type?: string; id?: string | null; t?: string; height?: number };
}

const received = (page: Page, type: string) =>
	page.evaluate(
		(type) =>
			(window as unknown as { received: Received[] }).received.filter(
				(message) => message.data && message.data.type === type
			),
		type
	);

/** Posts a command to the frame `id` from the host page, as a host's own script would. */
function send(page: Page, message: unknown, id = 'frame') {
	return page.evaluate(
		([message, id]) =>
			(document.getElementById(id as string) as HTMLIFrameElement).contentWindow!.postMessage(
				message,
				'*'
			),
		[message, id] as const
	);
}

async function openHost(page: Page, baseURL: string, query = '') {
	const params = new URLSearchParams({ src: `${baseURL}/embed/${query ? `?${query}` : ''}` });
	await page.goto(`${hostOrigin(baseURL)}/host.html?${params}`);
	const frame = page.frameLocator('#frame');
	await expect(frame.locator('.chronomap')).toHaveAttribute('data-status', 'ready');
	await expect.poll(() => received(page, 'chronomap:ready')).toHaveLength(1);
	return frame;
}

test('chronomap:play starts playback and chronomap:pause stops it', async ({ page, baseURL }) => {
	const frame = await openHost(page, baseURL!);
	const slider = frame.getByRole('slider', { name: 'Current time' });
	const now = async () => Number(await slider.getAttribute('aria-valuenow'));
	await send(page, { type: 'chronomap:setTime', t: '2015-01-01' });
	await expect.poll(now).toBe(Date.UTC(2015, 0, 1));
	await send(page, { type: 'chronomap:play' });
	await expect(frame.getByRole('button', { name: 'Pause' })).toBeVisible();
	await expect.poll(now).toBeGreaterThan(Date.UTC(2015, 0, 1));
	await send(page, { type: 'chronomap:pause' });
	await expect(frame.getByRole('button', { name: 'Play' })).toBeVisible();
	const paused = await now();
	await page.waitForTimeout(600);
	expect(await now()).toBe(paused);
});

test('chronomap:select with id null clears the selection', async ({ page, baseURL }) => {
	const frame = await openHost(page, baseURL!);
	const details = frame.getByRole('region', { name: 'Event details', includeHidden: true });
	await send(page, { type: 'chronomap:select', id: 'crimea-referendum-2014' });
	await expect(details).toHaveAttribute('data-event-id', 'crimea-referendum-2014');
	await send(page, { type: 'chronomap:select', id: null });
	await expect(details).not.toHaveAttribute('data-event-id', /.+/);
	await expect(frame.locator('.cm-marker[data-selected="true"]')).toHaveCount(0);
});

test('with origin= naming the host, the host is answered and obeyed', async ({ page, baseURL }) => {
	const host = hostOrigin(baseURL!);
	const frame = await openHost(page, baseURL!, `origin=${encodeURIComponent(host)}`);
	const [ready] = await received(page, 'chronomap:ready');
	expect(ready.origin).toBe(new URL(baseURL!).origin);
	await send(page, { type: 'chronomap:select', id: 'north-macedonia-nato-accession' });
	await expect(
		frame.getByRole('region', { name: 'Event details', includeHidden: true })
	).toHaveAttribute('data-event-id', 'north-macedonia-nato-accession');
	await expect
		.poll(async () => (await received(page, 'chronomap:select')).map((message) => message.data))
		.toContainEqual({ type: 'chronomap:select', id: 'north-macedonia-nato-accession' });
});

test.describe('two frames on one host page, sharing embed.js', () => {
	async function openTwo(page: Page, baseURL: string) {
		const params = new URLSearchParams({
			one: `${baseURL}/embed/?list=1`,
			two: `${baseURL}/embed/`,
			script: `${baseURL}/embed.js`
		});
		await page.goto(`${hostOrigin(baseURL)}/two-embeds.html?${params}`);
		const one = page.frameLocator('#one');
		const two = page.frameLocator('#two');
		for (const frame of [one, two])
			await expect(frame.locator('.chronomap')).toHaveAttribute('data-status', 'ready');
		return { one, two };
	}

	test('each frame is sized to its own content', async ({ page, baseURL }) => {
		const { one, two } = await openTwo(page, baseURL!);
		const height = (id: string) =>
			page.locator(`#${id}`).evaluate((element) => element.getBoundingClientRect().height);
		const content = (frame: typeof one) =>
			frame.locator('html').evaluate((element) => element.scrollHeight);
		// The first shows its list, so it grows well past the second.
		await expect.poll(() => height('one'), { timeout: 15_000 }).toBeGreaterThan(900);
		await expect
			.poll(async () => Math.abs((await height('one')) - (await content(one))))
			.toBeLessThanOrEqual(1);
		await expect
			.poll(async () => Math.abs((await height('two')) - (await content(two))))
			.toBeLessThanOrEqual(1);
		expect(await height('two')).toBeLessThan(await height('one'));
	});

	test('a frame pushed out of view is still sized to its content', async ({ page, baseURL }) => {
		// Chromium pauses rendering in a frame out of view: no resize observer, no animation frame.
		const params = new URLSearchParams({
			one: `${baseURL}/embed/`,
			two: `${baseURL}/embed/`,
			script: `${baseURL}/embed.js`,
			late: '1'
		});
		await page.goto(`${hostOrigin(baseURL!)}/two-embeds.html?${params}`);
		const two = page.frameLocator('#two');
		await expect(two.locator('.chronomap')).toHaveAttribute('data-status', 'ready');
		await expect.poll(() => received(page, 'chronomap:ready')).toHaveLength(2);
		// Article text above the second frame grows (an ad, a late image) and pushes it far down.
		await page.evaluate(() => {
			const text = document.createElement('p');
			text.style.height = '5000px';
			document.getElementById('two')!.before(text);
		});
		await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
		await page.evaluate(() => (window as unknown as { loadScript: () => void }).loadScript());
		const box = () =>
			page.locator('#two').evaluate((element) => element.getBoundingClientRect().toJSON());
		expect((await box()).top).toBeGreaterThan(5000);
		await expect.poll(async () => (await box()).height).toBeGreaterThan(500);
		const content = await two.locator('html').evaluate((element) => element.scrollHeight);
		expect((await box()).height).toBe(content);
		expect(await page.evaluate(() => window.scrollY)).toBe(0);
	});

	test('a command reaches only the frame it is sent to, and each reports as itself', async ({
		page,
		baseURL
	}) => {
		const { one, two } = await openTwo(page, baseURL!);
		const details = (frame: typeof one) =>
			frame.getByRole('region', { name: 'Event details', includeHidden: true });
		await send(page, { type: 'chronomap:select', id: 'crimea-referendum-2014' }, 'one');
		await expect(details(one)).toHaveAttribute('data-event-id', 'crimea-referendum-2014');
		await page.waitForTimeout(300);
		await expect(details(two)).not.toHaveAttribute('data-event-id', /.+/);
		const selects = await received(page, 'chronomap:select');
		expect(selects.map((message) => message.from)).toEqual(['one']);
	});

	test('a message from another window than the parent is ignored', async ({ page, baseURL }) => {
		const { one, two } = await openTwo(page, baseURL!);
		// Frame one, on the app's own origin, posts a command straight to its sibling.
		const sibling = page.frames().find((frame) => frame.name() === 'one')!;
		await sibling.evaluate(() =>
			parent.frames[1].postMessage({ type: 'chronomap:select', id: 'crimea-referendum-2014' }, '*')
		);
		await page.waitForTimeout(500);
		await expect(
			two.getByRole('region', { name: 'Event details', includeHidden: true })
		).not.toHaveAttribute('data-event-id', /.+/);
		// The same command from the parent is obeyed: the frame was listening.
		await send(page, { type: 'chronomap:select', id: 'crimea-referendum-2014' }, 'two');
		await expect(
			two.getByRole('region', { name: 'Event details', includeHidden: true })
		).toHaveAttribute('data-event-id', 'crimea-referendum-2014');
		await expect(
			one.getByRole('region', { name: 'Event details', includeHidden: true })
		).not.toHaveAttribute('data-event-id', /.+/);
	});
});
