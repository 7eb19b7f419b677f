import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { audit } from './axe';
import { serveFixtures } from './serveFixtures';

const details = (page: Page) => page.getByRole('region', { name: 'Event details' });
const media = (page: Page) => details(page).getByRole('region', { name: 'Media' });
const sample = (event: string) => `/?data=/examples/media.json&event=${event}`;
const YOUTUBE = /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|ytimg\.com|googlevideo\.com)$/;

test('own pictures show inline with alt text and a reserved size before they load', async ({
	page
}) => {
	await openApp(page, sample('gallery'));
	const images = media(page).locator('img');
	await expect(images).toHaveCount(3);
	await expect(images.first()).toHaveAttribute(
		'alt',
		'A drawing of a sailing boat in a blue harbour under a yellow sun'
	);
	for (const image of await images.all()) {
		await expect(image).toHaveAttribute('loading', 'lazy');
		expect(await image.getAttribute('alt')).toBeTruthy();
	}
	await expect(images.first()).toHaveAttribute('width', '480');
	await expect(images.first()).toHaveAttribute('height', '320');
	// The box is there before the bytes: the layout does not move when a picture arrives.
	for (const image of await images.all()) {
		const box = await image.evaluate((element) => {
			const rect = element.getBoundingClientRect();
			return { width: rect.width, height: rect.height };
		});
		expect(box.height).toBeGreaterThan(0);
		expect(Math.abs(box.width / box.height - 1.5)).toBeLessThan(0.05);
	}
	await expect(media(page).getByText('Credit: Chronomap sample (CC0)')).toHaveCount(3);
});

test('the image viewer works from the keyboard: arrows move, Esc closes, focus returns', async ({
	page
}) => {
	await openApp(page, sample('gallery'));
	const opener = media(page).getByRole('button', { name: /^Enlarge: A drawing of a sailing boat/ });
	await opener.focus();
	await page.keyboard.press('Enter');
	const viewer = page.getByRole('dialog', { name: 'Image viewer' });
	await expect(viewer).toBeVisible();
	const shown = viewer.locator('figure img');
	await expect(shown).toHaveAttribute('alt', /sailing boat/);
	await expect(viewer.getByText('Image 1 of 3')).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(shown).toHaveAttribute('alt', /ridge line/);
	await page.keyboard.press('ArrowRight');
	await expect(shown).toHaveAttribute('alt', /arched bridge/);
	await page.keyboard.press('ArrowRight');
	await expect(shown).toHaveAttribute('alt', /sailing boat/);
	await page.keyboard.press('ArrowLeft');
	await expect(shown).toHaveAttribute('alt', /arched bridge/);
	await expect(viewer.getByText('Image 3 of 3')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(viewer).toBeHidden();
	await expect(opener).toBeFocused();
});

test.describe('a third-party player loads only when the reader presses its facade', () => {
	test.use({
		expectBlockedOrigins: ['https://www.youtube-nocookie.com', 'https://player.vimeo.com']
	});

	test('YouTube: the facade names the host, nothing is asked of it before the press', async ({
		page,
		offOriginRequests
	}) => {
		await openApp(page, sample('youtube'));
		const facade = media(page).getByRole('button', {
			name: 'Load video from youtube.com — this contacts www.youtube-nocookie.com'
		});
		await expect(facade).toBeVisible();
		await expect(facade).toHaveText(/Load video from youtube\.com/);
		await expect(media(page).locator('iframe')).toHaveCount(0);
		// Let anything that would load on its own have its chance.
		await page.waitForLoadState('networkidle');
		expect(offOriginRequests.filter((url) => YOUTUBE.test(new URL(url).hostname))).toEqual([]);
		expect(offOriginRequests).toEqual([]);

		await facade.click();
		const frame = media(page).locator('iframe');
		await expect(frame).toHaveAttribute(
			'src',
			'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE'
		);
		await expect(frame).toHaveAttribute('title', /^Player from youtube\.com: /);
		await expect(frame).toHaveAttribute('sandbox', /allow-scripts/);
		await expect(frame).toBeFocused();
		await expect.poll(() => offOriginRequests.length).toBeGreaterThan(0);
		expect(new Set(offOriginRequests.map((url) => new URL(url).origin))).toEqual(
			new Set(['https://www.youtube-nocookie.com'])
		);
	});

	test('Vimeo: the player is asked not to track, and only after the press', async ({
		page,
		offOriginRequests
	}) => {
		await openApp(page, sample('vimeo'));
		const facade = media(page).getByRole('button', { name: /^Load video from vimeo\.com/ });
		await page.waitForLoadState('networkidle');
		expect(offOriginRequests).toEqual([]);
		await facade.click();
		await expect(media(page).locator('iframe')).toHaveAttribute(
			'src',
			'https://player.vimeo.com/video/76979871?dnt=1'
		);
		await expect.poll(() => offOriginRequests.length).toBeGreaterThan(0);
		expect(offOriginRequests.every((url) => url.startsWith('https://player.vimeo.com/'))).toBe(
			true
		);
	});
});

test('a host that is not on the allowlist is a link that opens in a new tab', async ({ page }) => {
	await openApp(page, sample('x-post'));
	const link = media(page).getByRole('link', { name: /^A post on X/ });
	await expect(link).toHaveAttribute('href', 'https://x.com/NASA/status/1633472400000000000');
	await expect(link).toHaveAttribute('target', '_blank');
	await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
	await expect(media(page).getByText('(x.com)')).toBeVisible();
	await expect(media(page).locator('iframe, button')).toHaveCount(0);
});

test('own sound plays with native controls, captions, and never by itself', async ({ page }) => {
	await openApp(page, sample('tone'));
	const audio = media(page).locator('audio');
	await expect(audio).toHaveAttribute('controls', '');
	await expect(audio).not.toHaveAttribute('autoplay');
	await expect(audio.locator('track')).toHaveAttribute('srclang', 'en');
	await expect(audio.locator('track')).toHaveAttribute('src', /\/examples\/media\/tone\.en\.vtt$/);
	expect(await audio.evaluate((element: HTMLAudioElement) => element.paused)).toBe(true);
});

test('media with no serious accessibility violations', { tag: '@one-zone' }, async ({ page }) => {
	test.slow();
	for (const event of ['gallery', 'youtube']) {
		await openApp(page, sample(event));
		await expect(media(page)).toBeVisible();
		const results = await audit(page, '.details').analyze();
		expect(results.violations.map((violation) => violation.id)).toEqual([]);
	}
});

test('a picture without alt text is reported and kept out of view; markup stays text', async ({
	page
}) => {
	await serveFixtures(page);
	await openApp(page, '/?data=/fixtures/media-problems.json&event=no-alt');
	const alert = page.locator('[role="alert"]');
	await expect(
		alert.locator('li[data-row="event \\"no-alt\\""][data-field="media.alt"]')
	).toContainText('an image needs alt text');
	await expect(
		alert.locator('li[data-row="event \\"no-alt\\""][data-field="media.url"]')
	).toContainText('is not an http(s) address');
	const images = media(page).locator('img');
	await expect(images).toHaveCount(1);
	await expect(images).toHaveAttribute('alt', 'A drawing of a ridge line');
	await expect(media(page).getByText('<img src=x onerror="window.__pwned=1">')).toBeVisible();
	await expect(media(page).getByText('Credit: <b>Sample</b>')).toBeVisible();
	await expect(media(page).getByRole('link', { name: /^Lookalike/ })).toHaveAttribute(
		'href',
		'https://youtube.com.evil.example/watch?v=M7lc1UVf-VE'
	);
	expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('the list shows a small own picture beside an event, and nothing from other hosts', async ({
	page
}) => {
	await openApp(page, '/?data=/examples/media.json');
	const row = (id: string) => page.locator(`.list tbody tr[data-event-id="${id}"]`);
	await expect(row('gallery').locator('img.media-thumb')).toHaveAttribute(
		'src',
		/\/examples\/media\/harbour\.svg$/
	);
	await expect(row('gallery').locator('img.media-thumb')).toHaveAttribute('alt', '');
	for (const id of ['tone', 'youtube', 'vimeo', 'x-post']) {
		await expect(row(id)).toBeVisible();
		await expect(row(id).locator('img')).toHaveCount(0);
	}
});
