import { test, expect } from './fixtures';
import { seriousViolations } from './axe';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** The author's own categories over places on five continents, with tags and every date precision. */
const dataset = {
	version: 1,
	title: 'Ports and talks',
	categories: [
		{ id: 'dip', label: 'Diplomacy', color: 'darkgreen' },
		{ id: 'conflict', label: 'Conflict' },
		{ id: 'aid', label: 'Humanitarian aid', color: '#ff0' }
	],
	places: [
		{ id: 'lagos', name: 'Lagos', lat: 6.52, lon: 3.38 },
		{ id: 'lima', name: 'Lima', lat: -12.05, lon: -77.04 },
		{ id: 'jakarta', name: 'Jakarta', lat: -6.2, lon: 106.85 },
		{ id: 'reykjavik', name: 'Reykjavík', lat: 64.15, lon: -21.94 },
		{ id: 'wellington', name: 'Wellington', lat: -41.29, lon: 174.78 }
	],
	events: [
		{
			id: 'talks',
			title: 'Talks open in Lima',
			date: '2019',
			places: ['lima'],
			category: 'dip',
			tags: ['ports']
		},
		{
			id: 'blockade',
			title:
				'A blockade of the harbour, reported by three agencies whose accounts differ on the number of ships involved',
			date: '2019-05',
			places: ['lagos'],
			category: 'conflict',
			kind: 'report',
			tags: ['ports', 'navy']
		},
		{
			id: 'convoy',
			title: 'Aid convoy reaches the port',
			date: '2019-05-04',
			places: ['lagos'],
			category: 'aid',
			tags: ['Food, water']
		},
		{
			id: 'summit',
			title: 'Summit in Reykjavík',
			date: '2019-08-20',
			places: ['reykjavik'],
			category: 'dip',
			kind: 'statement',
			actor: 'A. Minister'
		},
		{
			id: 'drill',
			title: 'Naval drill',
			date: '2020-01-01T10:00+13:00',
			places: ['wellington'],
			category: 'conflict',
			tags: ['navy']
		},
		{
			id: 'loose',
			title: 'Uncategorised note from Jakarta',
			date: '2020-02-02',
			places: ['jakarta']
		}
	]
};

async function open(page: Page, query = '') {
	await page.route(
		(url) => url.pathname === '/categories.json',
		(route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) })
	);
	await page.goto(`/?data=/categories.json${query}`);
	await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'ready');
}

const rows = (page: Page) => page.locator('.list tbody tr');
const mark = (page: Page, id: string) => page.locator(`.timeline .marks [data-event-id="${id}"]`);
const marker = (page: Page, id: string) =>
	page.locator(`.leaflet-container [data-place-id="${id}"]`);
const colorOf = (page: Page, selector: string, property: string) =>
	page
		.locator(selector)
		.evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);

test('categories colour marks and markers; shape still shows the kind', async ({ page }) => {
	await open(page);
	// Own colours (a CSS name) and the palette's first colour for a category without one.
	await expect(mark(page, 'talks')).toHaveCSS('color', 'rgb(0, 100, 0)');
	await expect(mark(page, 'blockade')).toHaveCSS('color', 'rgb(0, 114, 178)');
	await expect(mark(page, 'drill')).toHaveCSS('color', 'rgb(0, 114, 178)');
	await expect(mark(page, 'loose')).toHaveAttribute('data-category', '');
	// A statement keeps its own shape in a category's colour.
	const talksShape = await mark(page, 'talks').locator('.symbol').getAttribute('d');
	const summitShape = await mark(page, 'summit').locator('.symbol').getAttribute('d');
	expect(summitShape).not.toBe(talksShape);
	await expect(mark(page, 'summit')).toHaveCSS('color', 'rgb(0, 100, 0)');
	// Markers: one category, one colour; Lagos has two categories and shows a ring.
	await expect(marker(page, 'lima')).toHaveAttribute('data-colors', '#006400');
	expect(await colorOf(page, '[data-place-id="lima"] .cm-marker-dot', 'background-color')).toBe(
		'rgb(0, 100, 0)'
	);
	await expect(marker(page, 'lagos')).toHaveAttribute('data-categories', '2');
	expect(await colorOf(page, '[data-place-id="lagos"] .cm-marker-dot', 'background-image')).toMatch(
		/^conic-gradient\(rgb\(0, 114, 178\) 0%, rgb\(0, 114, 178\) 50%, rgb\(255, 255, 0\) 50%/
	);
	// The faint yellow is reported, not refused.
	await expect(page.locator('.problems')).toContainText('hard to see against');
});

test('the legend counts each category and toggles it, in the address', async ({ page }) => {
	await open(page);
	const legend = page.getByRole('group', { name: 'Categories on the timeline and map' });
	const diplomacy = legend.getByRole('button', { name: 'Diplomacy 2' });
	await expect(legend.getByRole('button', { name: 'Conflict 2' })).toBeVisible();
	await expect(legend.getByRole('button', { name: 'Humanitarian aid 1' })).toBeVisible();
	await expect(legend).toContainText('No category 1');
	await expect(legend).toContainText('Several categories at one place');
	await expect(diplomacy).toHaveAttribute('aria-pressed', 'false');
	await diplomacy.click();
	await expect(diplomacy).toHaveAttribute('aria-pressed', 'true');
	await expect(rows(page)).toHaveCount(2);
	await expect(page.locator('.filters .count')).toHaveText('2 of 6 events shown');
	await expect(page).toHaveURL(/[?&]categories=dip/);
	// The other categories still say how many events choosing them adds.
	await expect(legend.getByRole('button', { name: 'Conflict 2' })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
	await expect(page.locator('.timeline .marks [data-event-id]')).toHaveCount(2);
	await expect(page.locator('.leaflet-container [data-place-id]')).toHaveCount(2);
	await legend.getByRole('button', { name: /^Humanitarian aid/ }).click();
	await expect(rows(page)).toHaveCount(3);
	await diplomacy.click();
	await legend.getByRole('button', { name: /^Humanitarian aid/ }).click();
	await expect(rows(page)).toHaveCount(6);
	await expect(page).not.toHaveURL(/categories=/);
});

test('tags and categories combine: any tag, and the category', async ({ page }) => {
	// axe-core's audit takes long in headless Chromium (see accessibility.spec.ts).
	test.slow();
	await open(page, '&tags=navy&tags=Food%2C+water');
	await expect(rows(page)).toHaveCount(3);
	await open(page, '&tags=navy&tags=Food%2C+water&categories=conflict');
	await expect(rows(page)).toHaveCount(2);
	await expect(page.locator('.filters .count')).toHaveText('2 of 6 events shown');
	// The tag checkboxes say what the address chose, and change it.
	await page.getByText('More filters').click();
	const tags = page.getByRole('group', { name: 'Tags' });
	await expect(tags.getByRole('checkbox', { name: /^navy/ })).toBeChecked();
	await tags.getByRole('checkbox', { name: /^navy/ }).uncheck();
	await expect(rows(page)).toHaveCount(0);
	await expect(page).toHaveURL(/tags=Food%2C(\+|%20)water/);
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await expect(rows(page)).toHaveCount(6);
	expect(await seriousViolations(page)).toEqual([]);
});

test('the download holds the search’s matches with their categories and tags', async ({ page }) => {
	await open(page, '&q=port');
	await expect(page.locator('.filters .matches')).toHaveText('3 of 6 events match');
	const getData = page.getByRole('group', { name: 'Get the data' });
	await expect(getData).toContainText('The 3 of 6 events shown');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		getData.getByRole('button', { name: 'Chronomap JSON' }).click()
	]);
	const json = JSON.parse(readFileSync((await download.path())!, 'utf8'));
	expect(json.events.map((event: { id: string }) => event.id)).toEqual([
		'talks',
		'blockade',
		'convoy'
	]);
	expect(json.events[2]).toMatchObject({ category: 'aid', tags: ['Food, water'] });
	expect(json.categories.map((category: { id: string }) => category.id)).toEqual([
		'dip',
		'conflict',
		'aid'
	]);
});
