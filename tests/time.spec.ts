import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Serves a Chronomap dataset at a same-origin path and opens the app on it. */
async function openDataset(page: Page, dataset: object, query = '') {
	await page.route(
		(url) => url.pathname === '/times.json',
		(route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) })
	);
	await open(page, `/?data=/times.json${query}`);
}

/** Like openApp, but the data must load, with room for a busy machine to parse it. */
async function open(page: Page, path: string) {
	await page.goto(path);
	await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'ready', {
		timeout: 20_000
	});
}

const rows = (page: Page) => page.locator('.list tbody tr[data-event-id]');
const handleOf = (page: Page) => page.getByRole('slider', { name: 'Current time' });
const mark = (page: Page, id: string) => page.locator(`.timeline .mark[data-event-id="${id}"]`);

const places = [{ id: 'kyiv', name: 'Kyiv', lat: 50.45, lon: 30.52 }];

// Each test loads and steps through a dataset; a shared machine needs the longer timeout.
test.beforeEach(() => test.slow());

test('two times on one day in different offsets are ordered by instant and shown as recorded', async ({
	page
}) => {
	await openDataset(page, {
		version: 1,
		title: 'One day',
		displayOffset: '+02:00',
		places,
		events: [
			{ id: 'nine', title: 'Nine in Moscow', date: '2022-02-24T09:00+03:00', places: ['kyiv'] },
			{ id: 'ten-to-five', title: 'Ten to five in Kyiv', date: '2022-02-24T04:50+02:00' },
			{ id: 'the-day', title: 'The day itself', date: '2022-02-24' },
			{ id: 'no-offset', title: 'Written without an offset', date: '2022-02-24T06:00' }
		]
	});
	await expect(rows(page)).toHaveCount(3);
	await expect(rows(page).nth(0)).toHaveAttribute('data-event-id', 'the-day');
	await expect(rows(page).nth(1)).toHaveAttribute('data-event-id', 'ten-to-five');
	await expect(rows(page).nth(2)).toHaveAttribute('data-event-id', 'nine');
	await expect(rows(page).nth(1)).toContainText('24 February 2022, 04:50 (UTC+2)');
	await expect(rows(page).nth(2)).toContainText('24 February 2022, 09:00 (UTC+3)');
	await expect(mark(page, 'ten-to-five')).toHaveAttribute(
		'aria-label',
		'Ten to five in Kyiv, 24 February 2022, 04:50 (UTC+2)'
	);
	// The two marks sit in the order of their instants, three hours and ten minutes apart.
	const x = async (id: string) => (await mark(page, id).locator('.symbol').boundingBox())!.x;
	expect(await x('ten-to-five')).toBeLessThan(await x('nine'));

	// The row without an offset is named, by row and field, and kept out.
	const problem = page.locator(
		'[role="alert"] li[data-row=\'event "no-offset"\'][data-field="date"]'
	);
	await expect(problem).toContainText('has a time but no offset');

	// The handle steps through the instants and tells them on the display clock, saying which.
	const handle = handleOf(page);
	await handle.focus();
	await page.keyboard.press('Home');
	await page.keyboard.press('ArrowRight');
	await expect(handle).toHaveAttribute('aria-valuetext', '24 February 2022, 04:50 (UTC+2)');
	await page.keyboard.press('ArrowRight');
	await expect(handle).toHaveAttribute('aria-valuetext', '24 February 2022, 08:00 (UTC+2)');
	await expect(page.locator('.timeline .zone')).toHaveText('Times in UTC+2');

	// The address carries the time in UTC with Z, and reading it back lands on the same instant.
	await expect(page).toHaveURL(/[?&]t=2022-02-24T06(%3A|:)00Z/);
});

test('an approximate event and a not-after event render and read as described', async ({
	page
}) => {
	await openDataset(page, {
		version: 1,
		title: 'Uncertain dates',
		places,
		events: [
			{ id: 'circa', title: 'Shots in Sarajevo', date: '1914', approximate: true },
			{
				id: 'between',
				title: 'Letters sent',
				date: '2014-03',
				notAfter: '2014-05',
				places: ['kyiv']
			},
			{ id: 'lasting', title: 'A season of talks', date: '2014-03', end: '2014-05' }
		]
	});
	await expect(rows(page)).toHaveCount(3);
	await expect(page.locator('.list tr[data-event-id="circa"]')).toContainText('c. 1914');
	await expect(page.locator('.list tr[data-event-id="between"]')).toContainText(
		'between March 2014 and May 2014'
	);
	await expect(mark(page, 'circa')).toHaveAttribute(
		'aria-label',
		'Shots in Sarajevo, approximately 1914'
	);
	await expect(mark(page, 'between')).toHaveAttribute(
		'aria-label',
		'Letters sent, between March 2014 and May 2014'
	);
	// A soft edge for the approximate date; a dashed, faint range for not-after, unlike a duration.
	const style = (id: string, part: string, property: string) =>
		mark(page, id)
			.locator(part)
			.evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
	expect(await style('circa', '.bar', 'filter')).toContain('blur');
	expect(await style('between', '.bar', 'stroke-dasharray')).not.toBe('none');
	expect(await style('lasting', '.bar', 'stroke-dasharray')).toBe('none');
	expect(Number(await style('between', '.bar', 'fill-opacity'))).toBeLessThan(
		Number(await style('lasting', '.bar', 'fill-opacity'))
	);

	await mark(page, 'between').click();
	await expect(page.locator('.details time')).toHaveText('between March 2014 and May 2014');
});

test('the earthquake feed sample shows 24 distinct instants that the handle steps through', async ({
	page
}) => {
	await open(page, '/?data=/examples/earthquakes.geojson');
	await expect(rows(page)).toHaveCount(24);
	await expect(rows(page).first()).toContainText('12 March 2025, 00:17 (UTC)');
	await expect(rows(page).last()).toContainText('12 March 2025, 23:17 (UTC)');
	const handle = handleOf(page);
	await handle.focus();
	await page.keyboard.press('Home');
	const seen = [await handle.getAttribute('aria-valuetext')];
	for (let step = 1; step < 24; step++) {
		await page.keyboard.press('ArrowRight');
		const hour = String(step).padStart(2, '0');
		await expect(handle).toHaveAttribute(
			'aria-valuetext',
			new RegExp(`, ${hour}:17(:\\d\\d)? \\(UTC\\)$`)
		);
		seen.push(await handle.getAttribute('aria-valuetext'));
	}
	expect(new Set(seen).size).toBe(24);
	expect(seen[0]).toMatch(/^12 March 2025, 00:17/);
	await expect(page.locator('.timeline .axis text').first()).toHaveText(/^\d\d:\d\d$|^12 Mar$/);
});
