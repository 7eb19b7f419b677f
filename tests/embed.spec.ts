import { test, expect, openApp } from './fixtures';
import type { Page } from '@playwright/test';

/** The host page lives on another origin than the app: the next port. */
function hostOrigin(baseURL: string) {
	const url = new URL(baseURL);
	return `http://127.0.0.1:${Number(url.port) + 1}`;
}

interface HostOptions {
	query?: string;
	width?: number;
	height?: number;
	sandbox?: boolean;
	script?: boolean;
}

/** Opens a host page (served from the host origin) that frames the embed and records its messages. */
async function openHost(page: Page, baseURL: string, options: HostOptions = {}) {
	const params = new URLSearchParams({
		src: `${baseURL}/embed/${options.query ? `?${options.query}` : ''}`,
		width: String(options.width ?? 800),
		height: String(options.height ?? 600)
	});
	if (options.sandbox) params.set('sandbox', '1');
	if (options.script) params.set('script', `${baseURL}/embed.js`);
	await page.goto(`${hostOrigin(baseURL)}/host.html?${params}`);
	return page.frameLocator('#frame');
}

async function received(page: Page, type: string) {
	return page.evaluate(
		(type) =>
			(
				window as unknown as { received: { origin: string; data: { type?: string } }[] }
			).received.filter((message) => message.data && message.data.type === type),
		type
	);
}

function send(page: Page, message: unknown, targetOrigin = '*') {
	return page.evaluate(
		([message, targetOrigin]) =>
			(document.getElementById('frame') as HTMLIFrameElement).contentWindow!.postMessage(
				message,
				targetOrigin as string
			),
		[message, targetOrigin] as const
	);
}

test.describe('the embed in a host page on another origin', () => {
	test.use({
		allowOrigins: [
			hostOrigin(
				process.env.CHRONOMAP_PORT
					? `http://127.0.0.1:${process.env.CHRONOMAP_PORT}`
					: 'http://127.0.0.1:4173'
			),
			`http://127.0.0.1:${Number(process.env.CHRONOMAP_PORT ?? 4173) + 2}`
		]
	});

	test('posts ready with the event count, then select when a list row or marker is chosen', async ({
		page,
		baseURL
	}) => {
		const frame = await openHost(page, baseURL!, { query: 'list=1' });
		await expect.poll(() => received(page, 'chronomap:ready')).toHaveLength(1);
		const [ready] = await received(page, 'chronomap:ready');
		expect(ready.origin).toBe(new URL(baseURL!).origin);
		expect(ready.data).toEqual({ type: 'chronomap:ready', version: 1, events: 33, steps: 8 });
		await frame.locator('.list tr[data-event-id="crimea-referendum-2014"] button').click();
		await expect
			.poll(() => received(page, 'chronomap:select'))
			.toContainEqual(
				expect.objectContaining({
					data: { type: 'chronomap:select', id: 'crimea-referendum-2014' }
				})
			);
		await expect
			.poll(async () => (await received(page, 'chronomap:time')).at(-1)?.data)
			.toEqual({
				type: 'chronomap:time',
				t: '2014-03-16'
			});
	});

	test('obeys select and setTime commands and ignores junk without errors', async ({
		page,
		baseURL
	}) => {
		const frame = await openHost(page, baseURL!);
		await expect.poll(() => received(page, 'chronomap:ready')).toHaveLength(1);
		await send(page, { type: 'chronomap:select', id: 'north-macedonia-nato-accession' });
		const details = frame.locator('[role="region"][aria-label="Event details"]');
		await expect(details).toHaveAttribute('data-event-id', 'north-macedonia-nato-accession');
		for (const junk of [
			'chronomap:play',
			null,
			42,
			{ type: 'chronomap:select', id: 'no-such-event' },
			{ type: 'chronomap:select', id: '<img src=x onerror=alert(1)>' },
			{ type: 'chronomap:setTime', t: '2023-02-30' },
			{ type: 'chronomap:explode' },
			{ type: 'chronomap:select', id: 'crimea-referendum-2014', extra: 1 }
		]) {
			await send(page, junk);
		}
		await page.waitForTimeout(300);
		await expect(details).toHaveAttribute('data-event-id', 'north-macedonia-nato-accession');
		await send(page, { type: 'chronomap:setTime', t: '2016-01-01' });
		await expect(frame.locator('[role="slider"]')).toHaveAttribute(
			'aria-valuenow',
			String(Date.UTC(2016, 0, 1))
		);
	});

	test('with origin= set, commands from other origins are ignored', async ({ page, baseURL }) => {
		const frame = await openHost(page, baseURL!, { query: 'origin=https://news.example' });
		const details = frame.locator('[role="region"][aria-label="Event details"]');
		await expect(frame.locator('.chronomap')).toHaveAttribute('data-status', 'ready');
		await send(page, { type: 'chronomap:select', id: 'crimea-referendum-2014' });
		await page.waitForTimeout(300);
		await expect(details).not.toHaveAttribute('data-event-id', /.+/);
		expect(await received(page, 'chronomap:ready')).toEqual([]);
	});

	test('origin= in any normal form is honoured: case, default port and a trailing slash', async ({
		page,
		baseURL
	}) => {
		const host = new URL(hostOrigin(baseURL!));
		const written = `HTTP://127.0.0.1:${host.port}/`;
		const frame = await openHost(page, baseURL!, {
			query: `origin=${encodeURIComponent(written)}`
		});
		await expect.poll(() => received(page, 'chronomap:ready')).toHaveLength(1);
		await send(page, { type: 'chronomap:select', id: 'crimea-referendum-2014' });
		await expect(frame.locator('[role="region"][aria-label="Event details"]')).toHaveAttribute(
			'data-event-id',
			'crimea-referendum-2014'
		);
	});

	test('origin= with nothing usable fails closed: posts nothing, obeys nothing, says why', async ({
		page,
		baseURL
	}) => {
		const warnings: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'warning') warnings.push(message.text());
		});
		const origin = `${hostOrigin(baseURL!)}/article`;
		const frame = await openHost(page, baseURL!, { query: `origin=${encodeURIComponent(origin)}` });
		await expect(frame.locator('.chronomap')).toHaveAttribute('data-status', 'ready');
		await expect(frame.getByRole('status').filter({ hasText: 'talks to no page' })).toContainText(
			'origin= holds no usable origin (http://127.0.0.1:'
		);
		await send(page, { type: 'chronomap:select', id: 'crimea-referendum-2014' });
		await page.waitForTimeout(500);
		await expect(frame.locator('[role="region"][aria-label="Event details"]')).not.toHaveAttribute(
			'data-event-id',
			/.+/
		);
		expect(await received(page, 'chronomap:ready')).toEqual([]);
		expect(await received(page, 'chronomap:resize')).toEqual([]);
		expect(warnings.join('\n')).toContain('origin= holds no usable origin');
	});

	test('a host cannot select an event that the kinds= and actor= filters hide', async ({
		page,
		baseURL
	}) => {
		const frame = await openHost(page, baseURL!, {
			query: 'kinds=statement,claim&actor=Donald+Trump'
		});
		await expect.poll(() => received(page, 'chronomap:ready')).toHaveLength(1);
		const details = frame.locator('[role="region"][aria-label="Event details"]');
		await send(page, { type: 'chronomap:select', id: 'crimea-referendum-2014' });
		await send(page, { type: 'chronomap:select', id: 'shoigu-october-losses-claim' });
		await page.waitForTimeout(500);
		await expect(details).not.toHaveAttribute('data-event-id', /.+/);
		await send(page, { type: 'chronomap:select', id: 'trump-24-hours-claim' });
		await expect(details).toHaveAttribute('data-event-id', 'trump-24-hours-claim');
	});

	test('works in a sandboxed frame', async ({ page, baseURL }) => {
		const frame = await openHost(page, baseURL!, { sandbox: true });
		await expect.poll(() => received(page, 'chronomap:ready')).toHaveLength(1);
		await send(page, { type: 'chronomap:select', id: 'crimea-referendum-2014' });
		await expect(frame.locator('[role="region"][aria-label="Event details"]')).toHaveAttribute(
			'data-event-id',
			'crimea-referendum-2014'
		);
	});

	test('a fixed-height frame keeps its size; resize reports the frame height', async ({
		page,
		baseURL
	}) => {
		await openHost(page, baseURL!, { height: 500 });
		await expect
			.poll(async () => (await received(page, 'chronomap:resize')).at(-1)?.data)
			.toEqual({
				type: 'chronomap:resize',
				height: 500
			});
		const amp = await page.evaluate(() =>
			(window as unknown as { received: { data: { sentinel?: string } }[] }).received.filter(
				(m) => m.data && m.data.sentinel === 'amp'
			)
		);
		expect(amp.at(-1)?.data).toEqual({ sentinel: 'amp', type: 'embed-size', height: 500 });
	});

	test('embed.js follows the content when an event opens with its pictures', async ({
		page,
		baseURL
	}) => {
		// Narrow, so the details stack under the map and the pictures make the page longer.
		const frame = await openHost(page, baseURL!, {
			script: true,
			width: 420,
			query: 'data=/examples/media.json'
		});
		await expect(frame.locator('.chronomap')).toHaveAttribute('data-status', 'ready');
		const height = () => page.locator('#frame').evaluate((el) => el.getBoundingClientRect().height);
		const content = () => frame.locator('html').evaluate((el) => el.scrollHeight);
		await expect.poll(async () => Math.abs((await content()) - (await height()))).toBeLessThan(2);
		const before = await height();
		await send(page, { type: 'chronomap:select', id: 'gallery' });
		const images = frame.getByRole('region', { name: 'Media' }).locator('img');
		await expect(images).toHaveCount(3);
		for (const image of await images.all()) {
			await image.scrollIntoViewIfNeeded();
			await expect.poll(() => image.evaluate((el: HTMLImageElement) => el.complete)).toBe(true);
		}
		// The frame grew with the pictures' boxes and matches the content once they have loaded.
		await expect.poll(height).toBeGreaterThan(before + 200);
		await expect.poll(async () => Math.abs((await content()) - (await height()))).toBeLessThan(2);
		const last = (await received(page, 'chronomap:resize')).at(-1)?.data as { height: number };
		expect(Math.abs(last.height - (await height()))).toBeLessThan(2);
	});

	test('embed.js sizes the frame to its content, and it does not grow without end', async ({
		page,
		baseURL
	}) => {
		const frame = await openHost(page, baseURL!, { script: true, query: 'list=1' });
		await expect(frame.locator('.chronomap')).toHaveAttribute('data-status', 'ready');
		const height = () => page.locator('#frame').evaluate((el) => el.getBoundingClientRect().height);
		await expect.poll(height).toBeGreaterThan(900);
		const settled = await height();
		await page.waitForTimeout(1000);
		expect(await height()).toBe(settled);
		const content = await frame.locator('html').evaluate((el) => el.scrollHeight);
		expect(Math.abs(content - settled)).toBeLessThanOrEqual(1);
	});

	test('embed.js sizes only Chronomap frames and talks only to their origin', async ({
		page,
		baseURL
	}) => {
		const third = `http://127.0.0.1:${Number(new URL(baseURL!).port) + 2}`;
		const params = new URLSearchParams({
			src: `${baseURL}/embed/`,
			ad: `${third}/hostile.html`,
			script: `${baseURL}/embed.v1.js`
		});
		await page.goto(`${hostOrigin(baseURL!)}/two-frames.html?${params}`);
		const chronomap = page.locator('#frame');
		await expect
			.poll(async () => (await chronomap.boundingBox())?.height ?? 0, { timeout: 15_000 })
			.toBeGreaterThan(320);
		await page.waitForTimeout(500);
		expect((await page.locator('#ad').boundingBox())?.height).toBe(200);
		const ad = page.frames().find((frame) => frame.url().startsWith(third))!;
		expect(
			await ad.evaluate(() => (window as unknown as { received: unknown[] }).received)
		).toEqual([]);
	});

	test('at 360 px wide the map and the scrubber are both visible', async ({ page, baseURL }) => {
		const frame = await openHost(page, baseURL!, { width: 360, height: 600 });
		await expect(frame.locator('.chronomap')).toHaveAttribute('data-status', 'ready');
		await expect(frame.locator('.map-area')).toBeInViewport();
		await expect(frame.locator('[role="slider"]')).toBeInViewport();
		const overflow = await frame.locator('html').evaluate((el) => el.scrollWidth - el.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});

test('the full app has no page chrome in /embed/ and an Embed dialog with a snippet in /', async ({
	page
}) => {
	await openApp(page, '/embed/');
	await expect(page.locator('header')).toHaveCount(0);
	await openApp(page, '/?event=crimea-referendum-2014');
	await page.getByRole('button', { name: 'Embed' }).click();
	const code = page.getByRole('dialog').getByRole('textbox', { name: 'Embed code' });
	await expect(code).toHaveValue(
		/<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/\?event=crimea-referendum-2014"/
	);
	await expect(code).toHaveValue(/title="[^"]+"/);
	await expect(code).toHaveValue(/loading="lazy"/);
	await expect(code).toHaveValue(
		/<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>/
	);
	await page.getByRole('checkbox', { name: 'Playback and zoom controls' }).uncheck();
	await expect(code).toHaveValue(/controls=0/);
	const before = await code.inputValue();
	expect(before).not.toMatch(/[?&;]t=/);
	await page.getByRole('button', { name: 'Close' }).click();
	await expect(page.getByRole('dialog')).toBeHidden();
	// Closed, it writes no snippet as the view moves; opened again, it has the view of then.
	await expect(page.locator('dialog textarea')).toHaveValue('');
	await page.getByRole('slider').first().press('Home');
	await page.getByRole('button', { name: 'Embed' }).click();
	await expect(code).toHaveValue(/[?&;]t=\d{4}-\d{2}-\d{2}/);
	await expect(code).toHaveValue(/controls=0/);
});

test('the preview page frames the embed at three widths', async ({ page }) => {
	await page.goto('/embed/preview/');
	const frames = page.locator('iframe');
	await expect(frames).toHaveCount(3);
	for (const width of [320, 600, 1000]) {
		const frame = page.frameLocator(`iframe[data-width="${width}"]`);
		await expect(frame.locator('.chronomap')).toHaveAttribute('data-status', 'ready', {
			timeout: 15_000
		});
	}
});
