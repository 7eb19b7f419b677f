import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { seriousViolations } from './axe';

const editorReady = (page: Page) =>
	expect(page.locator('.editor')).toHaveAttribute('data-status', 'ready');
const cell = (page: Page, row: string, column: string) =>
	page.locator(`${row} td[data-column="${column}"]`);
const placeRow = (id: string) => `tr[data-place-id="${id}"]`;
const eventRow = (id: string) => `tr[data-event-id="${id}"]`;

/** Moves focus with Tab alone until `target` has it, as a keyboard user would. */
async function tabTo(page: Page, target: Locator) {
	for (let presses = 0; presses < 60; presses++) {
		if (await target.evaluate((element) => element === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error('Tab never reached the target');
}

/** Types into the focused cell (typing starts the edit) and keeps it with Enter. */
async function fill(page: Page, text: string) {
	await page.keyboard.type(text);
	await page.keyboard.press('Enter');
}

async function newStory(page: Page) {
	await page.goto('/edit/');
	await page.getByRole('button', { name: 'New story' }).click();
	await editorReady(page);
}

test('a story made from nothing with the keyboard alone shows in the preview', async ({ page }) => {
	// A long journey of single key presses: on a busy machine it outlasts the default 30 s.
	test.slow();
	await page.goto('/edit/');
	await expect(page.getByText('nothing is uploaded')).toBeVisible();
	await tabTo(page, page.getByRole('button', { name: 'New story' }));
	await page.keyboard.press('Enter');
	await editorReady(page);

	await tabTo(page, page.getByRole('button', { name: 'Add place' }));
	await page.keyboard.press('Enter');
	await expect(cell(page, placeRow('place-1'), 'name')).toBeFocused();
	await fill(page, 'Kyiv');
	await page.keyboard.press('ArrowRight');
	await fill(page, '50.45');
	await page.keyboard.press('ArrowRight');
	await fill(page, '30.52');
	await page.keyboard.press('Home');
	await page.keyboard.press('F2');
	await page.keyboard.press('Control+a');
	await fill(page, 'kyiv');
	await expect(cell(page, placeRow('kyiv'), 'lat')).toHaveText('50.45');

	await tabTo(page, page.getByRole('button', { name: 'Add event' }));
	await page.keyboard.press('Enter');
	await expect(cell(page, eventRow('event-1'), 'date')).toBeFocused();
	await fill(page, '2022-02-24');
	for (const [steps, text] of [
		[3, 'Russian Federation'],
		[1, 'kyiv'],
		[1, 'Russia launches a full-scale invasion']
	] as const) {
		for (let step = 0; step < steps; step++) await page.keyboard.press('ArrowRight');
		await fill(page, text);
	}
	const title = cell(page, eventRow('event-1'), 'title');
	await expect(title).toHaveAttribute(
		'aria-label',
		'Russia launches a full-scale invasion, Title, Russia launches a full-scale invasion'
	);
	await expect(cell(page, eventRow('event-1'), 'date')).toContainText('day');
	await expect(page.getByRole('heading', { name: 'No problems' })).toBeVisible();
	// The preview draws the new event on its timeline and its place on its map.
	const preview = page.locator('.preview');
	await expect(preview.locator('.timeline [data-event-id="event-1"]')).toHaveCount(1);
	await expect(preview.locator('.leaflet-container [data-place-id="kyiv"]')).toHaveCount(1);
	// Undo reaches back through the typing; Redo brings it back.
	await page.locator('h1').click();
	await page.keyboard.press('Control+z');
	await expect(cell(page, eventRow('event-1'), 'title')).toHaveText('');
	await page.keyboard.press('Control+y');
	await expect(title).toContainText('full-scale invasion');
});

test('a year stays a year, and a bad date is named on its cell and fixed there', async ({
	page
}) => {
	await newStory(page);
	await page.getByRole('button', { name: 'Add event' }).click();
	const date = cell(page, eventRow('event-1'), 'date');
	await fill(page, '2014');
	// A row without a title is dropped before its date is read, as the loader does.
	await expect(page.locator('.problems li[data-field="title"]')).toContainText('is missing');
	await cell(page, eventRow('event-1'), 'title').click();
	await fill(page, 'Crimea referendum');
	await date.click();
	await expect(date).toContainText('year');
	await date.press('Enter');
	await page.keyboard.press('Control+a');
	await fill(page, '2014-13');
	await expect(date).toHaveAttribute('aria-invalid', 'true');
	const message = date.locator('.cell-problem');
	await expect(message).toBeVisible();
	const problem = page.locator('.problems li[data-row="event \\"event-1\\""][data-field="date"]');
	await expect(problem).toContainText(await message.innerText());
	// The list takes focus to the cell at fault, where the fix is typed.
	await page.locator('h1').click();
	await problem.getByRole('button').click();
	await expect(date).toBeFocused();
	await page.keyboard.press('F2');
	await page.keyboard.press('Control+a');
	await fill(page, '2014-03');
	await expect(date).not.toHaveAttribute('aria-invalid', 'true');
	await expect(date).toContainText('month');
	await expect(problem).toHaveCount(0);
});

test('rows copy as TSV and paste from a spreadsheet, header or not', async ({ page }) => {
	await newStory(page);
	const places = page.getByRole('grid', { name: 'Places' });
	await places.getByRole('gridcell').click();
	const paste = (text: string) =>
		page.evaluate((text) => {
			const clipboardData = new DataTransfer();
			clipboardData.setData('text/plain', text);
			const event = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true });
			document.activeElement?.dispatchEvent(event);
		}, text);
	// Columns named in any order, a quoted cell with a line break, Cyrillic and a negative longitude.
	await paste(
		'name\tlat\tlon\tid\tnote\nКиїв\t50.45\t30.52\tkyiv\t"capital,\nsince 1991"\nSantiago\t-33.45\t-70.67\tsantiago\t\n'
	);
	await expect(page.locator('tr[data-place-id]')).toHaveCount(2);
	await expect(cell(page, placeRow('kyiv'), 'name')).toHaveText('Київ');
	await expect(cell(page, placeRow('kyiv'), 'note')).toHaveText('capital,\nsince 1991');
	await expect(cell(page, placeRow('santiago'), 'lon')).toHaveText('-70.67');
	// Without a header the cells fill the columns in order, under a free id.
	await cell(page, placeRow('santiago'), 'id').click();
	await paste('kyiv\tKyiv (again)\t50.4\t30.5\n');
	await expect(page.locator('tr[data-place-id]')).toHaveCount(3);
	await expect(cell(page, placeRow('kyiv-2'), 'name')).toHaveText('Kyiv (again)');
	// A row copies as a header and its cells.
	const copied = await cell(page, placeRow('santiago'), 'id').evaluate((element) => {
		element.focus();
		const clipboardData = new DataTransfer();
		element.dispatchEvent(
			new ClipboardEvent('copy', { clipboardData, bubbles: true, cancelable: true })
		);
		return clipboardData.getData('text/plain');
	});
	expect(copied).toBe('id\tname\tlat\tlon\tkind\tnote\nsantiago\tSantiago\t-33.45\t-70.67\t\t');
});

test('a click on the preview map places the selected place; its marker drags', async ({ page }) => {
	await newStory(page);
	await page.getByRole('button', { name: 'Add place' }).click();
	await fill(page, 'Sevastopol');
	const lat = cell(page, placeRow('place-1'), 'lat');
	await expect(lat).toHaveAttribute('aria-invalid', 'true');
	await page.getByRole('button', { name: 'Place on map' }).click();
	await expect(page.getByText('Click on the map to place “Sevastopol”')).toBeVisible();
	const map = page.locator('.preview .leaflet-container');
	const box = (await map.boundingBox())!;
	const at = { x: box.x + box.width * 0.6, y: box.y + box.height * 0.4 };
	await page.mouse.click(at.x, at.y);
	await expect(lat).not.toHaveAttribute('aria-invalid', 'true');
	const latitude = Number(await lat.locator('.text').innerText());
	const lon = cell(page, placeRow('place-1'), 'lon');
	const longitude = Number(await lon.locator('.text').innerText());
	expect(Math.abs(latitude)).toBeLessThanOrEqual(90);
	expect(Math.abs(longitude)).toBeLessThanOrEqual(180);
	// The place's marker stands where the click was.
	const marker = page.locator('[data-pick-place-id="place-1"]');
	const markerBox = (await marker.boundingBox())!;
	expect(Math.abs(markerBox.x + markerBox.width / 2 - at.x)).toBeLessThan(3);
	expect(Math.abs(markerBox.y + markerBox.height / 2 - at.y)).toBeLessThan(3);
	// Dragging it east and south moves the coordinates that way.
	await page.mouse.move(at.x, at.y);
	await page.mouse.down();
	await page.mouse.move(at.x + 40, at.y + 30, { steps: 8 });
	await page.mouse.up();
	await expect
		.poll(async () => Number(await lon.locator('.text').innerText()))
		.toBeGreaterThan(longitude);
	expect(Number(await lat.locator('.text').innerText())).toBeLessThan(latitude);
});

test('exported JSON passes npm run validate and loads back in the app identically', async ({
	page
}, testInfo) => {
	test.slow();
	await page.goto('/edit/');
	await page.getByRole('button', { name: 'Open the example story' }).click();
	await editorReady(page);
	await expect(page.locator('tr[data-event-id]')).toHaveCount(33);
	await expect(page.locator('tr[data-place-id]').first()).toBeVisible();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export JSON' }).click()
	]);
	const file = testInfo.outputPath(download.suggestedFilename());
	await download.saveAs(file);
	expect(download.suggestedFilename()).toMatch(/\.json$/);
	const report = execFileSync(
		'npx',
		['tsx', '--tsconfig', 'scripts/tsconfig.cli.json', 'scripts/validate.ts', file],
		{ encoding: 'utf8' }
	);
	expect(report).toContain('33 valid events');
	const exported = JSON.parse(readFileSync(file, 'utf8'));
	const shipped = JSON.parse(readFileSync('static/data/events.json', 'utf8'));
	expect(exported).toEqual(shipped);

	// The app shows the exported file just as it shows the shipped one.
	await openApp(page, '/');
	const listed = () =>
		page
			.locator('.list tbody tr[data-event-id]')
			.evaluateAll((rows) =>
				rows.map((row) => `${row.getAttribute('data-event-id')}: ${row.textContent?.trim()}`)
			);
	const before = await listed();
	await page.locator('.open-file input[type="file"]').setInputFiles(file);
	await expect(page.getByText('events.json').or(page.locator('.notices'))).toBeVisible();
	await expect.poll(listed).toEqual(before);
	expect(before).toHaveLength(33);
});

test('work is kept in the browser and offered back after a reload', async ({ page }) => {
	await newStory(page);
	await page.getByRole('button', { name: 'Add place' }).click();
	await fill(page, 'Skopje');
	await expect(cell(page, placeRow('place-1'), 'name')).toHaveText('Skopje');
	await expect
		.poll(() => page.evaluate(() => localStorage.getItem('chronomap-editor-work') ?? ''))
		.toContain('Skopje');
	await page.reload();
	await expect(page.getByText('There is unsaved work from')).toBeVisible();
	await page.getByRole('button', { name: 'Restore the last unsaved work' }).click();
	await expect(cell(page, placeRow('place-1'), 'name')).toHaveText('Skopje');

	await page.reload();
	await page.getByRole('button', { name: 'Discard' }).click();
	await expect(page.getByText('There is unsaved work from')).toHaveCount(0);
	expect(await page.evaluate(() => localStorage.length)).toBe(0);
	await page.reload();
	await expect(page.getByRole('button', { name: 'New story' })).toBeVisible();
	await expect(page.getByText('There is unsaved work from')).toHaveCount(0);
});

test('when the browser refuses to keep the work, the editor says so', async ({ page }) => {
	await page.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	await newStory(page);
	await expect(page.getByText('This browser does not keep the work')).toBeVisible();
});

test(
	'the editor has no serious accessibility violations',
	{ tag: '@one-zone' },
	async ({ page }) => {
		// axe yields between rules on clamped timers: an audit of 400 cells takes over a minute here.
		test.setTimeout(180_000);
		await page.goto('/edit/');
		await page.getByRole('button', { name: 'Open the example story' }).click();
		await editorReady(page);
		await page.locator(`${eventRow('crimea-referendum-2014')} td[data-column="title"]`).click();
		await page.keyboard.press('Enter');
		const serious = await seriousViolations(page);
		expect(serious).toEqual([]);
	}
);

test('selecting a row selects its event in the preview, and the reverse', async ({ page }) => {
	await page.goto('/edit/?data=/data/events.json');
	await editorReady(page);
	await page.locator(`${eventRow('crimea-referendum-2014')} td[data-column="title"]`).click();
	await expect(page.locator('.preview .details')).toContainText('Crimea');
	await expect(page.locator(eventRow('crimea-referendum-2014'))).toHaveAttribute(
		'aria-selected',
		'true'
	);
	const last = page.locator('.preview .timeline [data-event-id]').last();
	const id = await last.getAttribute('data-event-id');
	await last.click();
	await expect(page.locator(eventRow(id!))).toHaveAttribute('aria-selected', 'true');
	await expect(page.locator(eventRow(id!))).toBeInViewport();
});

test('the viewer and the embed store nothing in the browser', async ({ context }) => {
	for (const path of ['/', '/embed/']) {
		const page = await context.newPage();
		await openApp(page, path);
		await page.locator('.timeline [data-event-id]').first().click();
		const stored = await page.evaluate(async () => ({
			local: localStorage.length,
			session: sessionStorage.length,
			cookies: document.cookie,
			databases: (await indexedDB.databases()).length
		}));
		expect(stored, path).toEqual({ local: 0, session: 0, cookies: '', databases: 0 });
	}
});
