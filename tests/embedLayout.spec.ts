import { test, expect, openApp } from './fixtures';
import type { Page } from '@playwright/test';
import { appOrigin, hostOrigin, openArticle } from './embedHost';

test.use({ allowOrigins: [hostOrigin(appOrigin)] });

const WIDTHS = [300, 360, 600, 900, 1200];
const HEIGHTS = [320, 400, 480, 600, 900];

/** Controls a reader presses, with their boxes; markers lie on the map and are left out. */
function controlBoxes(page: Page) {
	return page.evaluate(() => {
		const selector = [
			'.leaflet-control a',
			'.tools-area a',
			'.tools-area button',
			'.map-area .tools button',
			'.map-area .tools summary',
			'.map-area .legend summary',
			'.map-area .legend input',
			'.timeline button',
			'.timeline select',
			'.details-area button',
			'.fill .story-area'
		].join(',');
		return [...document.querySelectorAll<HTMLElement>(selector)]
			.filter((node) => node.checkVisibility() && node.getClientRects().length > 0)
			.map((node) => {
				const box = node.getBoundingClientRect();
				const name = node.getAttribute('aria-label') ?? node.textContent?.trim() ?? node.tagName;
				return { name, left: box.left, top: box.top, right: box.right, bottom: box.bottom };
			});
	});
}

test.describe('the embed in frames of every common size, without embed.js', () => {
	// Sizes do not depend on the time zone: the grid runs in one zone (@one-zone).
	test(
		'no horizontal overflow, a fair map and no control over another',
		{ tag: '@one-zone' },
		async ({ page }, testInfo) => {
			test.setTimeout(120_000);
			await page.setViewportSize({ width: 600, height: 480 });
			await openApp(page, '/embed/');
			await expect(page.locator('.cm-leaflet')).toHaveAttribute('data-zoom', /\d/);
			for (const width of WIDTHS) {
				for (const height of HEIGHTS) {
					await page.setViewportSize({ width, height });
					const size = `${width}×${height}`;
					await expect
						.poll(() => page.evaluate(() => document.querySelector('.stage')!.clientHeight), {
							message: `${size}: the stage fills the frame`
						})
						.toBeLessThanOrEqual(height);
					await page.waitForTimeout(150);
					const overflow = await page.evaluate(
						() => document.documentElement.scrollWidth - window.innerWidth
					);
					expect(overflow, `${size}: horizontal overflow`).toBeLessThanOrEqual(0);
					const map = (await page.locator('.map-area').boundingBox())!;
					const least = height >= 480 ? (width >= 480 ? 200 : 150) : width >= 480 ? 130 : 120;
					expect(map.height, `${size}: map height`).toBeGreaterThanOrEqual(least);
					const timeline = (await page.locator('.timeline-area').boundingBox())!;
					expect(timeline.y + timeline.height, `${size}: the timeline fits`).toBeLessThanOrEqual(
						height + 1
					);
					const boxes = await controlBoxes(page);
					for (const [i, a] of boxes.entries()) {
						for (const b of boxes.slice(i + 1)) {
							const overlap =
								Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
								Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
							expect(overlap, `${size}: "${a.name}" overlaps "${b.name}"`).toBe(false);
						}
					}
					const legend = await page.locator('.map-area .legend').boundingBox();
					if (legend) {
						const share = (legend.width * legend.height) / (map.width * map.height);
						expect(share, `${size}: the legend's share of the map`).toBeLessThanOrEqual(0.25);
					}
					await testInfo.attach(`embed-${size}.png`, {
						body: await page.screenshot(),
						contentType: 'image/png'
					});
				}
			}
		}
	);

	test('in a small frame the tools fold into a menu: Esc closes it and focus returns', async ({
		page
	}) => {
		await page.setViewportSize({ width: 360, height: 480 });
		await openApp(page, '/embed/');
		const toggle = page.locator('.tools-area').getByRole('button', { name: 'Tools' });
		const fullscreen = page.getByRole('button', { name: 'Full screen' });
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await expect(fullscreen).toBeHidden();
		await toggle.focus();
		await page.keyboard.press('Enter');
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		const panel = page.locator(`#${await toggle.getAttribute('aria-controls')}`);
		for (const name of ['Full screen', 'Download image', 'Timeline as SVG'])
			await expect(panel.getByRole('button', { name })).toBeVisible();
		await page.keyboard.press('Tab');
		await expect(panel.getByRole('button', { name: 'Full screen' })).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await expect(fullscreen).toBeHidden();
		await expect(toggle).toBeFocused();
		// Wide enough, the same tools stand in a row and the menu button is gone.
		await page.setViewportSize({ width: 900, height: 600 });
		await expect(fullscreen).toBeVisible();
		await expect(toggle).toHaveCount(0);
	});

	test('with a story step shown, the story panel covers no control and the map keeps its share', async ({
		page
	}) => {
		test.setTimeout(90_000);
		await page.setViewportSize({ width: 600, height: 480 });
		// The step with the longest text, so that the panel is as tall as a step makes it.
		await openApp(page, '/embed/?step=annexation-votes');
		await expect(page.locator('.cm-leaflet')).toHaveAttribute('data-zoom', /\d/);
		for (const [width, height] of [
			[300, 320],
			[360, 480],
			[600, 480],
			[900, 600],
			[1200, 900]
		]) {
			await page.setViewportSize({ width, height });
			const size = `${width}×${height}`;
			await expect(page.getByRole('region', { name: 'Story' }), size).toBeVisible();
			await page.waitForTimeout(150);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth
			);
			expect(overflow, `${size}: horizontal overflow`).toBeLessThanOrEqual(0);
			const boxes = await controlBoxes(page);
			for (const [i, a] of boxes.entries()) {
				for (const b of boxes.slice(i + 1)) {
					const overlap =
						Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
						Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
					expect(
						overlap,
						`${size}: "${a.name.slice(0, 40)}" overlaps "${b.name.slice(0, 40)}"`
					).toBe(false);
				}
			}
		}
	});

	test('at 600×480 the details open in a drawer on selection and Esc closes it', async ({
		page
	}) => {
		await page.setViewportSize({ width: 600, height: 480 });
		await openApp(page, '/embed/');
		const details = page.getByRole('region', { name: 'Event details', includeHidden: true });
		await expect(details).toHaveCount(1);
		await expect(details).toBeHidden();
		await page.locator('.timeline [data-event-id]').first().click();
		await expect(details).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(details).toBeHidden();
		await expect(details).toHaveCount(1);
	});

	test('focus moves through tools, map, then timeline', async ({ page }) => {
		await page.setViewportSize({ width: 600, height: 480 });
		await openApp(page, '/embed/');
		const areas: string[] = [];
		for (let i = 0; i < 120 && !areas.includes('timeline'); i++) {
			await page.keyboard.press('Tab');
			const area = await page.evaluate(() => {
				const active = document.activeElement;
				const part = active?.closest('.tools-area, .map-area, .timeline-area, .list-area');
				return part ? part.className.match(/(tools|map|timeline|list)-area/)![1] : 'other';
			});
			if (area !== 'other' && areas.at(-1) !== area) areas.push(area);
		}
		expect(areas).toEqual(['tools', 'map', 'timeline']);
	});
});

test.describe('full screen', () => {
	test('the button makes the embed root the full-screen element and back', async ({
		page,
		baseURL
	}) => {
		const frame = await openArticle(page, baseURL!, { allow: 'fullscreen' });
		// An 800×480 frame folds the tools into a menu.
		await frame.getByRole('button', { name: 'Tools' }).click();
		const fullscreenElement = () =>
			frame.locator('body').evaluate(() => document.fullscreenElement?.className ?? null);
		await frame.getByRole('button', { name: 'Full screen' }).click();
		await expect.poll(fullscreenElement).toMatch(/\bchronomap\b/);
		// The host sees its frame in full screen, and sees it leave.
		expect(await page.evaluate(() => document.fullscreenElement?.id)).toBe('frame');
		await frame.getByRole('button', { name: 'Exit full screen' }).click();
		await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
		await frame.getByRole('button', { name: 'Tools' }).click();
		await expect(frame.getByRole('button', { name: 'Full screen' })).toBeVisible();
	});

	test('a frame without allow="fullscreen" links to the full page at the same view', async ({
		page,
		baseURL
	}) => {
		const frame = await openArticle(page, baseURL!, {
			query: 'event=crimea-referendum-2014',
			width: 900
		});
		const link = frame.getByRole('link', { name: 'Full screen (opens in a new tab)' });
		await expect(link).toHaveAttribute('target', '_blank');
		await expect(link).toHaveAttribute('href', `${baseURL}/?event=crimea-referendum-2014`);
	});

	test('the full page has the button too', async ({ page }) => {
		await openApp(page, '/');
		await page.getByRole('button', { name: 'Full screen' }).click();
		await expect
			.poll(() => page.evaluate(() => document.fullscreenElement?.className ?? null))
			.toMatch(/\bchronomap\b/);
		await page.getByRole('button', { name: 'Exit full screen' }).click();
		await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
	});
});
