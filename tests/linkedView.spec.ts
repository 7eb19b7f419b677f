import { test, expect, openApp } from './fixtures';
import type { Page } from '@playwright/test';

const details = (page: Page) => page.locator('[role="region"][aria-label="Event details"]');
const mark = (page: Page, id: string) => page.locator(`.timeline [data-event-id="${id}"]`);
const marker = (page: Page, id: string) =>
	page.locator(`.leaflet-container [data-place-id="${id}"]`);

test('selecting on the timeline selects the map marker and shows the details', async ({ page }) => {
	await openApp(page);
	await mark(page, 'crimea-referendum-2014').click();
	await expect(details(page)).toHaveAttribute('data-event-id', 'crimea-referendum-2014');
	await expect(details(page).locator('h2')).toHaveText(
		'Crimea status referendum held under Russian military control'
	);
	await expect(details(page).locator('blockquote')).toContainText(
		'Crimea overwhelmingly opted to join Russia'
	);
	await expect(marker(page, 'crimea')).toHaveAttribute('data-selected', 'true');
	await expect(marker(page, 'kyiv')).toHaveAttribute('data-selected', 'false');
	await expect(page).toHaveURL(/[?&]event=crimea-referendum-2014(&|$)/);
});

test('selecting a marker marks the timeline and writes the address', async ({ page }) => {
	await openApp(page);
	await marker(page, 'kherson').click();
	await expect(details(page)).toHaveAttribute('data-event-id', 'annexation-referendums-2022');
	await expect(mark(page, 'annexation-referendums-2022')).toHaveAttribute('aria-current', 'true');
	await expect(page.locator('.timeline [aria-current="true"]')).toHaveCount(1);
	await expect(page).toHaveURL(/[?&]event=annexation-referendums-2022(&|$)/);
	await expect(details(page).locator('.meta')).toContainText(
		'23 September 2022 – 27 September 2022'
	);
});

test('claims and statements are labelled with who made them; month dates stay months', async ({
	page
}) => {
	await openApp(page, '/?event=shoigu-october-losses-claim');
	await expect(details(page).locator('.meta')).toHaveText(
		/30 October 2023 · Claim by Sergei Shoigu/
	);
	await openApp(page, '/?event=rakhmanin-manpower-interview');
	await expect(details(page).locator('.meta')).toHaveText(
		/^October 2023 · Statement by Serhii Rakhmanin/
	);
	await page.getByRole('button', { name: /Next event/ }).click();
	await expect(details(page)).not.toHaveAttribute('data-event-id', 'rakhmanin-manpower-interview');
	await page.getByRole('button', { name: /Previous event/ }).click();
	await expect(details(page)).toHaveAttribute('data-event-id', 'rakhmanin-manpower-interview');
});

test('a copied address reproduces the view: event, time, range and filters', async ({
	page,
	context
}) => {
	await openApp(page);
	await page.getByRole('checkbox', { name: 'Claim' }).uncheck();
	await mark(page, 'north-macedonia-nato-accession').click();
	await page.locator('.timeline [role="slider"]').press('ArrowRight');
	await expect(page).toHaveURL(/kinds=event%2Cstatement%2Creport|kinds=event,statement,report/);
	await expect(page).toHaveURL(/[?&]t=2022-02-24/);
	const address = page.url();
	const valueNow = await page.locator('[role="slider"]').getAttribute('aria-valuenow');

	const other = await context.newPage();
	await openApp(other, address.replace(/^https?:\/\/[^/]+/, ''));
	await expect(details(other)).toHaveAttribute('data-event-id', 'north-macedonia-nato-accession');
	await expect(other.locator('[role="slider"]')).toHaveAttribute('aria-valuenow', valueNow!);
	await expect(other.getByRole('checkbox', { name: 'Claim' })).not.toBeChecked();
	await expect(
		other.locator('.timeline [data-event-id="shoigu-october-losses-claim"]')
	).toHaveCount(0);
});

test('a filter hides events from the timeline, the map and the list', async ({ page }) => {
	await openApp(page);
	await expect(marker(page, 'moscow')).toHaveCount(1);
	await page.getByRole('combobox', { name: 'Actor' }).selectOption('Sergei Shoigu');
	await expect(page.locator('.list tbody tr')).toHaveCount(2);
	await expect(page.locator('.timeline [data-event-id]')).toHaveCount(2);
	// Shoigu spoke in Beijing (Xiangshan Forum) and in Moscow.
	await expect(page.locator('.leaflet-container [data-place-id]')).toHaveCount(2);
	await expect(marker(page, 'moscow')).toHaveCount(1);
	await expect(marker(page, 'beijing')).toHaveCount(1);
	await expect(page).toHaveURL(/actor=Sergei(\+|%20)Shoigu/);
	await page.getByRole('combobox', { name: 'Actor' }).selectOption('');
	await expect(page.locator('.list tbody tr')).toHaveCount(33);
});

test('an unknown event or a malformed date in the address gives a gentle notice', async ({
	page
}) => {
	await openApp(page, '/?event=<b>nope</b>&t=2023-02-30');
	await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'ready');
	const notices = page.locator('.notices');
	await expect(notices).toContainText('There is no event "<b>nope</b>"');
	await expect(notices).toContainText('The time "2023-02-30"');
	await expect(page.locator('.notices b')).toHaveCount(0);
});

test('at 320 px wide the page stacks with no sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 700 });
	await openApp(page);
	await expect(page.locator('.leaflet-container')).toBeVisible();
	await expect(page.locator('[role="slider"]')).toBeVisible();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});

test('the dark theme and the Ukrainian interface render', async ({ page }) => {
	await openApp(page, '/?theme=dark&lang=uk&event=crimea-referendum-2014');
	const background = await page
		.locator('.chronomap')
		.evaluate((el) => getComputedStyle(el).backgroundColor);
	const [r, g, b] = background.match(/\d+/g)!.map(Number);
	expect(r + g + b).toBeLessThan(150);
	await expect(
		page.getByRole('region', { name: 'Подробиці події' }).locator('.meta')
	).toContainText('16 березня 2014');
	await expect(page.getByRole('button', { name: 'Відтворити' })).toBeVisible();
	await expect(page.locator('.chronomap')).toHaveAttribute('lang', 'uk');
});

test.describe('in a browser set to Macedonian', () => {
	// The page comes from the guarded fixture, so its errors and requests are checked too.
	test.use({ locale: 'mk-MK' });

	test('the browser language is used when the address names none', async ({ page }) => {
		await page.goto('/?event=north-macedonia-nato-accession');
		await expect(page.locator('.chronomap')).toHaveAttribute('lang', 'mk');
		await expect(
			page.getByRole('region', { name: 'Детали за настанот' }).locator('.meta')
		).toContainText('27 март 2020');
	});
});
