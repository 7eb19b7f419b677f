import { readFileSync } from 'node:fs';
import { test, expect, openApp } from './fixtures';

const article = JSON.parse(readFileSync('static/data/events.json', 'utf8')) as {
	title: string;
	description: string;
};

for (const path of ['/', '/embed/']) {
	test(`${path} carries description, Open Graph and Twitter card tags`, async ({ page }) => {
		await page.goto(path);
		const content = (selector: string) => page.locator(`meta[${selector}]`).getAttribute('content');
		expect(await content('name="description"')).toBe(article.description.slice(0, 300));
		expect(await content('property="og:title"')).toBe(article.title);
		expect(await content('property="og:description"')).toBe(article.description.slice(0, 300));
		expect(await content('name="twitter:card"')).toMatch(/^summary(_large_image)?$/);
		// This build had no PUBLIC_SITE_URL (the lead's test build): the absolute links are left out,
		// not written broken. src/lib/server/prerender/headTags.test.ts covers the other case.
		if (!process.env.PUBLIC_SITE_URL) {
			await expect(page.locator('meta[property="og:image"]')).toHaveCount(0);
			await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
		} else {
			expect(await content('property="og:image"')).toBe(
				`${process.env.PUBLIC_SITE_URL.replace(/\/+$/, '')}/share-card.png`
			);
		}
	});
}

test('the share card is a 1200 × 630 PNG in the build', async ({ page }) => {
	const response = await page.request.get('/share-card.png');
	expect(response.status()).toBe(200);
	const bytes = await response.body();
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('printing shows map and timeline without controls, then every event with its note, and the source', async ({
	page
}) => {
	const events = (
		JSON.parse(readFileSync('static/data/events.json', 'utf8')) as {
			events: { id: string; note?: string }[];
		}
	).events;
	const withNote = events.find((event) => event.note)!;
	await page.setViewportSize({ width: 794, height: 1123 });
	await openApp(page);
	await expect(page.locator('.timeline .controls')).toBeVisible();
	await expect(page.locator(`.list tr[data-event-id="${withNote.id}"] .note`).first()).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.timeline .controls')).toBeHidden();
	await expect(page.locator('.filters')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Download image' })).toBeHidden();
	await expect(page.locator('.map-panel')).toBeVisible();
	expect((await page.locator('.map-area').boundingBox())!.height).toBeGreaterThan(200);
	await expect(page.locator('.timeline svg.plot')).toBeVisible();
	await expect(page.locator('.list tr[data-event-id]')).toHaveCount(events.length);
	await expect(page.locator(`.list tr[data-event-id="${withNote.id}"]`)).toContainText(
		withNote.note!
	);
	await expect(
		page.locator(`.list tr[data-event-id="${withNote.id}"] .note`).first()
	).toBeVisible();
	await expect(page.locator('.header .source')).toBeVisible();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
});
