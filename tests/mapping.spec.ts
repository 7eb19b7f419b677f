import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { audit } from './axe';
import { serveFixtures } from './serveFixtures';

/** Invented tables whose columns Chronomap does not know (issue 23, "Any other table"). */
const inWords = Buffer.from(
	'Kind,Happened,Town,Y,X,Group\n' +
		'Strike,21 November 2023,Riverton,46.64,32.61,Labour\n' +
		'Rally,22 November 2023,Hillcrest,48.02,37.8,Protest\n'
);
const dayFirst = Buffer.from(
	'headline,event_date,latitude,longitude,notes\n' +
		'Bridge opened,05-03-2024,46.6,32.6,Opened at noon\n' +
		'Ferry stopped,17-04-2024,46.6,32.6,\n'
);

/** Reading the file and fetching the step's code can take a while on a busy machine. */
const SLOW = { timeout: 20_000 };
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Which column holds what?' });
const listRows = (page: Page) => page.locator('.list tbody tr[data-event-id]');
const listedDates = (page: Page) =>
	listRows(page)
		.locator('time')
		.evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));

async function noViolations(page: Page) {
	const results = await audit(page, '[data-column-mapping]').analyze();
	expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

test('an unknown table is mapped in the app: a bad mapping is named, a good one shows its dates', async ({
	page
}) => {
	// axe-core's audit takes long in headless Chromium (see accessibility.spec.ts).
	test.slow();
	await openApp(page, '/');
	await page
		.locator('.open-file input[type="file"]')
		.setInputFiles({ name: 'strikes.csv', mimeType: 'text/csv', buffer: inWords });
	const step = dialog(page);
	await expect(step).toBeVisible(SLOW);
	await expect(step).toContainText('“strikes.csv” is a table');
	// Guessed from the names: latitude and longitude from Y and X, a category from Kind.
	await expect(step.getByLabel('Latitude')).toHaveValue('Y');
	await expect(step.getByLabel('Longitude')).toHaveValue('X');
	await expect(step.getByLabel('Category')).toHaveValue('Kind');

	// A template naming a missing column, and dates in the wrong form, are both told.
	await step.getByLabel('Title template (optional)').fill('{Kind} in {Nowhere}');
	await expect(step.getByRole('alert')).toContainText('Title: the table has no column “Nowhere”.');
	await step.getByRole('button', { name: 'Apply' }).click();
	await expect(step).toBeVisible();
	await expect(step.getByRole('alert')).toBeFocused();
	await step.getByLabel('Title template (optional)').fill('{Kind} in {Town}');
	await step.getByLabel('Date', { exact: true }).selectOption('Happened');
	await expect(step.locator('[data-mapping-preview] tbody tr').first()).toContainText(
		'“21 November 2023” is not a date written this way'
	);
	await step.getByLabel('Dates are written').selectOption('d month yyyy');
	await step.getByLabel('Place name').selectOption('Town');
	await step.getByLabel('Category').selectOption('Group');
	const preview = step.locator('[data-mapping-preview] tbody tr');
	await expect(preview.first()).toContainText('2023-11-21');
	await expect(preview.first()).toContainText('Strike in Riverton');
	await noViolations(page);

	// Keyboard: focus is visible on the controls, and Enter in the form applies.
	await step.getByLabel('Title template (optional)').focus();
	await expect(step.getByLabel('Title template (optional)')).toHaveCSS('outline-style', 'solid');
	await page.keyboard.press('Enter');
	await expect(step).toHaveCount(0);
	await expect(listRows(page)).toHaveCount(2);
	await expect(page.locator('h1')).toHaveText('strikes');
	await expect.poll(() => listedDates(page)).toEqual(['2023-11-21', '2023-11-22']);
	await expect(listRows(page).first()).toContainText('Strike in Riverton');
});

test('a dropped table is mapped from its guessed columns, its day-first dates read', async ({
	page
}) => {
	await openApp(page, '/');
	// The drop target listens once the header's Open file has mounted.
	await expect(page.getByRole('button', { name: 'Open file' })).toBeVisible();
	await page.evaluate((body) => {
		const transfer = new DataTransfer();
		transfer.items.add(new File([body], 'bridges.csv', { type: 'text/csv' }));
		window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, cancelable: true }));
		window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
	}, dayFirst.toString());
	const step = dialog(page);
	await expect(step).toBeVisible(SLOW);
	await expect(step.getByLabel('Title', { exact: true })).toHaveValue('headline');
	await expect(step.getByLabel('Date', { exact: true })).toHaveValue('event_date');
	await expect(step.getByLabel('Dates are written')).toHaveValue('dd-mm-yyyy');
	await expect(step.getByLabel('Note')).toHaveValue('notes');
	// Escape leaves the table unread, and says why.
	await page.keyboard.press('Escape');
	await expect(step).toHaveCount(0);
	await expect(page.getByRole('alert')).toContainText('has no "title" or "date" column');
});

test('a table with title and date columns but dates in words is offered for mapping, and read', async ({
	page
}) => {
	await openApp(page, '/');
	const table = Buffer.from(
		'Title,Date,End Date,Latitude,Longitude\n' +
			'Protest,"March 5, 2024","March 9, 2024",50.45,30.52\n' +
			'Vote,"April 2, 2024",,46.48,30.72\n'
	);
	await page
		.locator('.open-file input[type="file"]')
		.setInputFiles({ name: 'newsroom.csv', mimeType: 'text/csv', buffer: table });
	const step = dialog(page);
	await expect(step).toBeVisible(SLOW);
	await expect(step).toContainText(
		'“newsroom.csv” has title and date columns, but none of its dates is written as Chronomap writes them'
	);
	await expect(step.getByLabel('Dates are written')).toHaveValue('d month yyyy');
	await expect(step.getByLabel('Latitude')).toHaveValue('Latitude');
	await expect(step.getByLabel('End date')).toHaveValue('End Date');
	await step.getByRole('button', { name: 'Apply' }).click();
	await expect(step).toHaveCount(0);
	await expect.poll(() => listedDates(page)).toEqual(['2024-03-05', '2024-04-02']);
	// The protest's span, from its end column, is in its row's date.
	await expect(listRows(page).first()).toContainText('9 March 2024');
	await expect(page.locator('.leaflet-container [data-place-id]')).toHaveCount(2);
});

test('a log with a column of times is read at its times once the author says their offset', async ({
	page
}) => {
	// axe-core's audit takes long in headless Chromium (see accessibility.spec.ts).
	test.slow();
	await openApp(page, '/');
	const log = Buffer.from(
		'Incident,Date,Time,Latitude,Longitude,Officer\n' +
			'Siren,13/03/2024,14:30,50.45,30.52,Kovalenko\n' +
			'Blast,13/03/2024,2:45 PM,46.48,30.72,Bondar\n'
	);
	await page
		.locator('.open-file input[type="file"]')
		.setInputFiles({ name: 'log.csv', mimeType: 'text/csv', buffer: log });
	const step = dialog(page);
	await expect(step).toBeVisible(SLOW);
	await expect(step.getByLabel('Dates are written')).toHaveValue('dd-mm-yyyy');
	await expect(step.getByLabel('Time of day')).toHaveValue('Time');
	const offset = step.getByLabel('Times were recorded in');
	await expect(offset).toHaveValue('');
	// No offset: the preview keeps the days, and a note under the control says why.
	const preview = step.locator('[data-mapping-preview] tbody tr');
	await expect(preview.first()).toContainText('2024-03-13');
	await expect(preview.first()).not.toContainText('14:30');
	const note = step.locator('[data-unplaced-times]');
	await expect(note).toHaveText(
		'Some times have no offset of their own: choose the one they were recorded in, or only their days are kept.'
	);
	await expect(offset).toHaveAccessibleDescription(await note.innerText());
	// The columns the mapping leaves out are named until one of its fields reads them.
	const unread = step.locator('[data-unread-columns]');
	await expect(unread).toHaveText('Columns not read: Officer');
	await noViolations(page);
	await step.getByLabel('Actor').selectOption('Officer');
	await expect(unread).toHaveCount(0);
	await offset.selectOption({ label: 'UTC+2' });
	await expect(note).toHaveCount(0);
	await expect(preview.nth(0)).toContainText('2024-03-13T14:30+02:00');
	await expect(preview.nth(1)).toContainText('2024-03-13T14:45+02:00');
	await step.getByRole('button', { name: 'Apply' }).click();
	await expect(step).toHaveCount(0);
	await expect
		.poll(() => listedDates(page))
		.toEqual(['2024-03-13T14:30+02:00', '2024-03-13T14:45+02:00']);
	await expect(listRows(page).first()).toContainText('14:30');
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a Wikidata export is mapped: labels as titles, midnight instants as days, points as places', async ({
	page
}) => {
	await openApp(page, '/');
	const table = Buffer.from(
		'item,itemLabel,date,coord\n' +
			'http://www.wikidata.org/entity/Q201083,Assassination in Sarajevo,1914-06-28T00:00:00Z,Point(18.4131 43.8563)\n' +
			'http://www.wikidata.org/entity/Q8683,Treaty of Waitangi,1840-02-06T00:00:00Z,Point(174.0722 -35.2692)\n'
	);
	await page
		.locator('.open-file input[type="file"]')
		.setInputFiles({ name: 'query.csv', mimeType: 'text/csv', buffer: table });
	const step = dialog(page);
	await expect(step).toBeVisible(SLOW);
	await expect(step.getByLabel('Title', { exact: true })).toHaveValue('itemLabel');
	await expect(step.getByLabel('Latitude')).toHaveValue('coord');
	await expect(step.getByLabel('Longitude')).toHaveValue('coord');
	// The item's address is a link: the event's source, not its title.
	await expect(step.getByLabel('Source link')).toHaveValue('item');
	await expect(step.locator('[data-mapping-preview] tbody tr').first()).toContainText('1914-06-28');
	await step.getByRole('button', { name: 'Apply' }).click();
	await expect(step).toHaveCount(0);
	await expect.poll(() => listedDates(page)).toEqual(['1840-02-06', '1914-06-28']);
	await expect(listRows(page).last()).toContainText('Assassination in Sarajevo');
	await expect(page.locator('.leaflet-container [data-place-id]')).toHaveCount(2);
});

test('?data= naming an unknown table asks for its mapping on the page; the embed says why not', async ({
	page
}) => {
	await serveFixtures(page);
	let requests = 0;
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.pathname === '/fixtures/unknown-columns.csv') requests += 1;
	});
	await page.goto('/?data=/fixtures/unknown-columns.csv');
	const step = dialog(page);
	await expect(step).toBeVisible(SLOW);
	await expect(step).toContainText('“unknown-columns.csv” is a table');
	await expect(step.getByLabel('Dates are written')).toHaveValue('dd-mm-yyyy');
	await step.getByRole('button', { name: 'Apply' }).click();
	await expect(step).toHaveCount(0);
	await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'ready');
	await expect.poll(() => listedDates(page)).toEqual(['2024-03-05', '2024-04-17']);
	await expect(listRows(page).first()).toContainText('Bridge opened');
	// The table was read again through the mapping, not downloaded again.
	expect(requests).toBe(1);

	// Cancelled, the load fails and says why; in an embed it is never asked.
	await page.goto('/?data=/fixtures/unknown-columns.csv');
	await expect(dialog(page)).toBeVisible(SLOW);
	await page.keyboard.press('Escape');
	await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'failed');
	await expect(page.getByRole('alert')).toContainText('has no "title" or "date" column');
	await openApp(page, '/embed/?data=/fixtures/unknown-columns.csv');
	await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'failed');
	await expect(dialog(page)).toHaveCount(0);
	await expect(page.getByRole('alert')).toContainText('has no "title" or "date" column');
});

test('?data= naming a table long enough for the worker: it is mapped from the one download', async ({
	page
}) => {
	const lines = Array.from(
		{ length: 4_000 },
		(_, i) => `Patrol ${i} reported,${1 + (i % 28)}-0${1 + (i % 9)}-2023,46.6,32.6`
	);
	const body = ['headline,event_date,latitude,longitude', ...lines].join('\n');
	expect(body.length).toBeGreaterThan(100_000);
	let requests = 0;
	await page.route(
		(url) => url.pathname === '/patrols.csv',
		(route) => {
			requests += 1;
			return route.fulfill({ contentType: 'text/csv', body });
		}
	);
	await page.goto('/?data=/patrols.csv');
	const step = dialog(page);
	await expect(step).toBeVisible(SLOW);
	await expect(step).toContainText('“patrols.csv” is a table');
	await step.getByRole('button', { name: 'Apply' }).click();
	await expect(step).toHaveCount(0, SLOW);
	await expect(page.locator('.filters .count')).toHaveText('4000 of 4000 events shown');
	await expect(listRows(page).first()).toContainText('Patrol');
	// The worker that downloaded it handed the file back to be read through the mapping.
	expect(requests).toBe(1);
});

test('the editor maps a table, exports the mapping, and offers it again for the same kind of table', async ({
	page
}, testInfo) => {
	await page.goto('/edit/');
	const input = page.locator('.open-file input[type="file"]');
	await input.setInputFiles({ name: 'bridges.csv', mimeType: 'text/csv', buffer: dayFirst });
	const step = dialog(page);
	await expect(step).toBeVisible(SLOW);
	await expect(step.getByLabel('Dates are written')).toHaveValue('dd-mm-yyyy');
	await step.getByRole('button', { name: 'Apply' }).click();
	await expect(page.locator('.editor')).toHaveAttribute('data-status', 'ready');
	const dates = page.locator('tr[data-event-id] td[data-column="date"]');
	await expect(dates).toHaveCount(2);
	await expect(dates.nth(0)).toContainText('2024-03-05');
	await expect(dates.nth(1)).toContainText('2024-04-17');
	await expect(page.locator('tr[data-event-id] td[data-column="title"]').first()).toHaveText(
		'Bridge opened'
	);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export JSON' }).click()
	]);
	const file = testInfo.outputPath(download.suggestedFilename());
	await download.saveAs(file);
	const exported = JSON.parse(readFileSync(file, 'utf8'));
	expect(exported.columnMapping).toEqual({
		title: 'headline',
		date: { column: 'event_date', form: 'dd-mm-yyyy' },
		lat: 'latitude',
		lon: 'longitude',
		note: 'notes'
	});

	// The same kind of table, opened while that story is open, is offered the saved mapping.
	const again = Buffer.from(
		'notes,latitude,longitude,headline,event_date\n' + 'Late,46.6,32.6,Bridge closed,01-05-2024\n'
	);
	await input.setInputFiles({ name: 'more bridges.csv', mimeType: 'text/csv', buffer: again });
	await expect(step).toContainText(
		'Filled in from the column mapping saved in the open story.',
		SLOW
	);
	await step.getByRole('button', { name: 'Apply' }).click();
	await expect(dates).toHaveCount(1);
	await expect(dates.first()).toContainText('2024-05-01');
});

test('a table long enough for the import worker is mapped there', async ({ page }) => {
	await openApp(page, '/');
	const lines = Array.from(
		{ length: 4_000 },
		(_, i) =>
			`Patrol ${i} reported near the river,${1 + (i % 28)}-0${1 + (i % 9)}-2023,Riverton,46.6,32.6`
	);
	const buffer = Buffer.from(['headline,event_date,town,latitude,longitude', ...lines].join('\n'));
	expect(buffer.length).toBeGreaterThan(100_000);
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await page
		.locator('.open-file input[type="file"]')
		.setInputFiles({ name: 'patrols.csv', mimeType: 'text/csv', buffer });
	const step = dialog(page);
	await expect(step).toBeVisible(SLOW);
	await expect(step.getByLabel('Dates are written')).toHaveValue('dd-mm-yyyy');
	await step.getByRole('button', { name: 'Apply' }).click();
	await expect(step).toHaveCount(0, SLOW);
	await expect(page.locator('h1')).toHaveText('patrols');
	await expect(page.locator('.filters .count')).toContainText('of 4000 events shown');
	// Once to find the table has no known columns, once to read it through the mapping.
	expect(workers.filter((url) => url.includes('parse.worker'))).toHaveLength(2);
});
