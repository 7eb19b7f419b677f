import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

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
