import AxeBuilder from '@axe-core/playwright';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * A short made-up report: two dated sentences, one naming a city the gazetteer knows, and one
 * without a date, which takes the date before it and is marked for checking.
 */
const ARTICLE = [
	'Talks resume after a long pause',
	'On 14 March 2023 negotiators met in Skopje to discuss the border crossing, the mediator said.',
	'The delegations shook hands for the cameras.',
	'Last Thursday the ministers signed a protocol on freight, according to a government statement.'
].join('\n\n');

async function openNewStory(page: Page) {
	await page.goto('/edit/');
	await page.getByRole('button', { name: 'New story' }).click();
	await expect(page.locator('.editor')).toHaveAttribute('data-status', 'ready');
	await expect(page.locator('[data-gazetteer]')).toHaveAttribute('data-gazetteer', 'ready');
}

test('an article becomes proposals, and an accepted one becomes an event on the map', async ({
	page
}) => {
	await openNewStory(page);
	const panel = page.getByRole('region', { name: 'Draft events from an article' });
	await panel.getByRole('textbox', { name: 'Article text' }).fill(ARTICLE);
	await panel.getByLabel('Publication date').fill('2023-11-27');
	await panel.getByRole('button', { name: 'Draft events' }).click();

	const proposals = panel.locator('[data-proposal]');
	await expect(proposals).toHaveCount(3);
	await expect(panel.getByRole('status')).toContainText('Proposals: 3');
	const carried = proposals.filter({ hasText: 'shook hands' });
	await expect(carried).toHaveAttribute('data-carried', 'true');
	await expect(carried).toHaveAttribute('data-date', '2023-03-14');
	await expect(carried).toContainText('the date comes from an earlier sentence');
	const skopje = proposals.filter({ hasText: 'negotiators met in Skopje' });
	await expect(skopje).toHaveAttribute('data-date', '2023-03-14');
	await expect(skopje.locator('blockquote')).toHaveText(
		'On 14 March 2023 negotiators met in Skopje to discuss the border crossing, the mediator said.'
	);
	await expect(skopje).toContainText('Skopje, MK');
	// "Last Thursday" is read against the publication date: a Monday, so the 23rd.
	const signed = proposals.filter({ hasText: 'signed a protocol' });
	await expect(signed).toHaveAttribute('data-date', '2023-11-23');

	// Nothing is data until accepted.
	await expect(page.locator('tr[data-event-id]')).toHaveCount(0);
	await skopje.getByRole('button', { name: /^Accept/ }).click();
	await expect(proposals).toHaveCount(2);
	await expect(panel.getByRole('status')).toContainText('Accepted:');

	const row = page.locator('tr[data-event-id]');
	await expect(row).toHaveCount(1);
	await expect(row.locator('td[data-column="date"]')).toContainText('2023-03-14');
	await expect(row.locator('td[data-column="quote"]')).toContainText('negotiators met in Skopje');
	const place = page.locator('tr[data-place-id]');
	await expect(place).toHaveCount(1);
	await expect(place.locator('td[data-column="name"]')).toContainText('Skopje');
	const lat = Number(await place.locator('td[data-column="lat"]').textContent());
	expect(lat).toBeGreaterThan(41.9);
	expect(lat).toBeLessThan(42.1);
	// The preview shows the accepted event on its timeline and the place on its map.
	await expect(page.locator('.preview .timeline [data-event-id]')).toHaveCount(1);
	await expect(page.locator('.preview .leaflet-container [data-place-id]')).toHaveCount(1);

	// Discarding adds nothing; one undo takes the accepted event and its place away together.
	await carried.getByRole('button', { name: /^Discard/ }).click();
	await expect(proposals).toHaveCount(1);
	await expect(row).toHaveCount(1);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(row).toHaveCount(0);
	await expect(place).toHaveCount(0);
});

/** The shipped story's article, beside the repository (CI copies it there), or where told. */
const articleDir =
	process.env.CHRONOMAP_ARTICLE_DIR ?? path.resolve(import.meta.dirname, '../../shared/article');
const articleName = existsSync(articleDir)
	? readdirSync(articleDir).find((name) => name.endsWith('.txt'))
	: undefined;
if (!articleName && !process.env.CI) {
	console.warn(`\n*** SKIPPING drafting from the article: no article in ${articleDir} ***\n`);
}

test('the shipped article drafts into verbatim proposals that become its events', async ({
	page
}) => {
	// In CI a missing article fails here rather than passing unseen.
	test.skip(!articleName && !process.env.CI, `no article in ${articleDir}`);
	const article = readFileSync(path.join(articleDir, articleName ?? 'missing.txt'), 'utf8');
	const squash = (text: string) => text.replace(/\s+/g, ' ');
	await openNewStory(page);
	const panel = page.getByRole('region', { name: 'Draft events from an article' });
	await panel.getByRole('textbox', { name: 'Article text' }).fill(article);
	await panel.getByLabel('Publication date').fill('2023-11-27');
	await panel.getByRole('button', { name: 'Draft events' }).click();
	const proposals = panel.locator('[data-proposal]');
	await expect(proposals.first()).toBeVisible();
	const quotes = await proposals.locator('blockquote').allTextContents();
	expect(quotes.length).toBeGreaterThanOrEqual(25);
	for (const quote of quotes) expect(squash(article)).toContain(squash(quote));

	// "On November 21, NATO Secretary-General Jens Stoltenberg told reporters…"
	const first = proposals.filter({ hasText: 'On November 21, NATO Secretary-General' });
	await expect(first).toHaveAttribute('data-date', '2023-11-21');
	await first.getByRole('button', { name: /^Accept/ }).click();
	// "…North Macedonia, a former Yugoslav republic that joined NATO in 2019, having already
	// visited Sarajevo, Belgrade, and Pristina." The year is the words' precision.
	const visit = proposals.filter({ hasText: 'having already visited Sarajevo' });
	await expect(visit).toHaveAttribute('data-date', '2019');
	await expect(visit).toContainText(/Places named: .*Sarajevo.*Belgrade.*Pristina/);
	await visit.getByRole('button', { name: /^Accept/ }).click();

	const rows = page.locator('tr[data-event-id]');
	await expect(rows).toHaveCount(2);
	await expect(rows.first().locator('td[data-column="date"]')).toContainText('2023-11-21');
	await expect(rows.first().locator('td[data-column="quote"]')).toContainText(
		'Stoltenberg told reporters'
	);
	await expect(rows.nth(1).locator('td[data-column="date"]')).toContainText('2019');
	const names = await page.locator('tr[data-place-id] td[data-column="name"]').allTextContents();
	expect(names.map((name) => name.trim())).toEqual(
		expect.arrayContaining(['Sarajevo', 'Belgrade', 'Pristina'])
	);
	await expect(page.locator('.preview .timeline [data-event-id]')).toHaveCount(2);
});

test('a place found by name in the gazetteer is added with its coordinates', async ({ page }) => {
	await openNewStory(page);
	const search = page.getByRole('region', { name: 'Find a place' });
	await search.getByRole('searchbox', { name: 'Place name' }).fill('Pristina');
	await search.getByRole('button', { name: 'Find' }).click();
	await expect(search.getByRole('status')).toContainText('Places called “Pristina”');
	const found = search.locator('[data-gazetteer-place]').first();
	await expect(found).toContainText('XK');
	await found.getByRole('button', { name: /^Add Pristina/ }).click();
	await expect(search.getByRole('status')).toHaveText('“Pristina” added to the places.');
	const place = page.locator('tr[data-place-id]');
	await expect(place).toHaveCount(1);
	const lon = Number(await place.locator('td[data-column="lon"]').textContent());
	expect(lon).toBeGreaterThan(21);
	expect(lon).toBeLessThan(21.3);
	// The same place twice is not two places.
	await found.getByRole('button', { name: /^Add Pristina/ }).click();
	await expect(search.getByRole('status')).toHaveText('“Pristina” is already among the places.');
	await expect(place).toHaveCount(1);

	await search.getByRole('searchbox', { name: 'Place name' }).fill('Nowhereville Xq');
	await search.getByRole('searchbox', { name: 'Place name' }).press('Enter');
	await expect(search.getByRole('status')).toHaveText(
		'No place called “Nowhereville Xq” in the place list.'
	);
	await expect(search.locator('[data-gazetteer-place]')).toHaveCount(0);
});

test('the drafting aids pass axe with proposals shown', async ({ page }) => {
	await openNewStory(page);
	const panel = page.getByRole('region', { name: 'Draft events from an article' });
	await panel.getByRole('textbox', { name: 'Article text' }).fill(ARTICLE);
	await panel.getByLabel('Publication date').fill('2023-11-27');
	await panel.getByRole('button', { name: 'Draft events' }).click();
	await expect(panel.locator('[data-proposal]')).toHaveCount(3);
	const results = await new AxeBuilder({ page })
		.include('[data-editor-aids]')
		.options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
		.analyze();
	expect(results.violations).toEqual([]);
});
