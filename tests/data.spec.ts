import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { serveFixtures } from './serveFixtures';
import { generateEvents } from '../scripts/generateEvents';

/** Serves tests/fixtures/data/<name> at the same-origin path /fixtures/<name>, as plain text. */
/** Fails the test on any dialog, and proves afterwards that no fixture ran a script. */
function forbidScripts(page: Page) {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	return async () => {
		expect(dialogs, 'dialogs opened by data').toEqual([]);
		expect(
			await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)
		).toBeUndefined();
	};
}

const rows = (page: Page) => page.locator('.list tbody tr[data-event-id]');
const alert = (page: Page) => page.locator('[role="alert"]');
const problem = (page: Page, row: string, field: string) =>
	alert(page).locator(`li[data-row=${JSON.stringify(row)}][data-field=${JSON.stringify(field)}]`);

test.describe('?data= loads a dataset in any supported format', () => {
	for (const { file, count, title, first } of [
		{ file: 'events.json', count: 8, title: "NATO's eastern flank", first: 'crimea-annexed' },
		{ file: 'events.csv', count: 8, title: 'events', first: 'crimea-annexed' },
		{
			file: 'timelinejs.csv',
			count: 7,
			title: "NATO's eastern flank",
			first: 'russia-annexes-crimea'
		},
		{ file: 'timelinejs.json', count: 7, title: "NATO's eastern flank", first: 'crimea-annexed' },
		{ file: 'events.geojson', count: 8, title: "NATO's eastern flank", first: 'crimea-annexed' }
	]) {
		test(`the ${file} example renders its events in the list and on the timeline`, async ({
			page
		}) => {
			await openApp(page, `/?data=/examples/${file}`);
			await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'ready');
			await expect(page.locator('h1')).toHaveText(title);
			await expect(rows(page)).toHaveCount(count);
			await expect(rows(page).first()).toHaveAttribute('data-event-id', first);
			await expect(page.locator(`.timeline [data-event-id="${first}"]`)).toHaveCount(1);
			await expect(alert(page)).toHaveCount(0);
		});
	}

	test('the embed loads ?data= too', async ({ page }) => {
		await openApp(page, '/embed/?data=/examples/timelinejs.json&list=1');
		await expect(rows(page)).toHaveCount(7);
	});

	test('a same-site file starts downloading before the app’s code arrives, and downloads once', async ({
		page
	}) => {
		// The app's code is held back until the file has been asked for: only the page's pre-paint
		// script, or the parser's worker it starts (whose code is not held), can have asked, so
		// the download runs beside the app's code rather than after it.
		let release!: () => void;
		const held = new Promise<void>((done) => (release = done));
		await page.route(
			(url) => /\/_app\/immutable\/(?!workers\/)/.test(url.pathname),
			async (route) => {
				await held;
				await route.fallback();
			}
		);
		const asked: string[] = [];
		page.on('request', (request) => {
			if (new URL(request.url()).pathname === '/examples/events.json') asked.push(request.url());
		});
		const requested = page.waitForRequest((request) =>
			request.url().endsWith('/examples/events.json')
		);
		await page.goto('/embed/?data=/examples/events.json&list=1', { waitUntil: 'commit' });
		await requested;
		release();
		await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'ready');
		await expect(page.locator('.list tbody tr[data-event-id]')).toHaveCount(8);
		expect(asked).toHaveLength(1);
	});

	test('a file over 1 MB is parsed in a worker and still renders', async ({ page }) => {
		const note = 'n'.repeat(4000);
		const lines = Array.from(
			{ length: 300 },
			(_, i) => `e${i},Event ${i},2023-01-${String((i % 28) + 1).padStart(2, '0')},,,,,,,,${note},`
		);
		const body = `id,title,date,end,place,lat,lon,actor,kind,quote,note,source_url\n${lines.join('\n')}`;
		expect(body.length).toBeGreaterThan(1_000_000);
		await page.route(
			(url) => url.pathname === '/big.csv',
			(route) => route.fulfill({ contentType: 'text/csv', body })
		);
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(worker.url()));
		const asked: string[] = [];
		page.on('request', (request) => {
			if (new URL(request.url()).pathname === '/big.csv') asked.push(request.url());
		});
		await openApp(page, '/?data=/big.csv');
		await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'ready');
		await expect(page.locator('.filters .count')).toHaveText('300 of 300 events shown');
		// The worker the page starts before its app downloads the file itself: once, not again.
		expect(asked).toHaveLength(1);
		// Up to 2,000 rows, every row is in the page, with no pager.
		await expect(rows(page)).toHaveCount(300);
		await expect(page.getByRole('button', { name: /show more/ })).toHaveCount(0);
		expect(
			workers.some((url) => /\/_app\/immutable\/workers\/parse\.worker-[\w-]+\.js$/.test(url))
		).toBe(true);
	});
});

test('above 2,000 events the list draws a page of rows at a time, and its counts stay exact', async ({
	page
}) => {
	const file = generateEvents(2_345, 1, { places: 300 });
	const body = JSON.stringify(file);
	await page.route(
		(url) => url.pathname === '/many.json',
		(route) => route.fulfill({ contentType: 'application/json', body })
	);
	await openApp(page, '/?data=/many.json');
	await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'ready', {
		timeout: 20_000
	});
	await expect(page.locator('.filters .count')).toHaveText('2345 of 2345 events shown');
	await expect(rows(page)).toHaveCount(200);
	const more = page.getByRole('button', { name: 'Showing 200 of 2345: show more' });
	await more.click();
	await expect(rows(page)).toHaveCount(400);
	await expect(page.getByRole('button', { name: 'Showing 400 of 2345: show more' })).toBeVisible();
	await expect(page.locator('.filters .count')).toHaveText('2345 of 2345 events shown');
	// Printing draws every row, so a printout is whole.
	await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	await expect(rows(page)).toHaveCount(2345);
	await expect(page.getByRole('button', { name: /show more/ })).toHaveCount(0);
});

test('a list longer than a page is drawn once the page is idle, and whole when printed before', async ({
	page
}) => {
	const body = JSON.stringify(generateEvents(2_345, 1, { places: 300 }));
	await page.route(
		(url) => url.pathname === '/many.json',
		(route) => route.fulfill({ contentType: 'application/json', body })
	);
	// The browser is never idle here: the list waits, and the map and timeline do not.
	await page.addInitScript(() => {
		window.requestIdleCallback = () => 0;
	});
	await openApp(page, '/?data=/many.json');
	await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'ready', {
		timeout: 20_000
	});
	await expect(page.getByRole('slider').first()).toBeVisible();
	await expect(page.locator('.leaflet-container [data-place-id]').first()).toBeVisible();
	await expect(page.getByRole('searchbox').first()).toBeVisible();
	await expect(rows(page)).toHaveCount(0);
	await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	await expect(rows(page)).toHaveCount(2345);
	await expect(page.locator('.filters .count')).toHaveText('2345 of 2345 events shown');
});

test.describe('bad rows are named, good rows are shown, nothing runs', () => {
	test.beforeEach(async ({ page }) => serveFixtures(page));

	test('a half-valid CSV names each bad line and column', async ({ page }) => {
		const noScripts = forbidScripts(page);
		await openApp(page, '/?data=/fixtures/half-valid.csv');
		await expect(rows(page)).toHaveCount(3);
		await expect(problem(page, 'line 3', 'date')).toHaveText(
			'line 3, date: "2023-02-30" is not a real date'
		);
		await expect(problem(page, 'line 4', 'lat')).toContainText('95 must be between -90 and 90');
		await expect(problem(page, 'line 5', 'place')).toContainText('"Atlantis" has no lat and lon');
		await expect(problem(page, 'line 6', 'id')).toContainText('repeats the id "kyiv-1" of line 2');
		await expect(problem(page, 'line 7', 'kind')).toContainText('must be one of');
		await expect(problem(page, 'line 8', 'end')).toContainText('is before the date');
		await expect(problem(page, 'line 9', 'title')).toContainText('is missing');
		await alert(page).getByRole('button', { name: 'Dismiss' }).click();
		await expect(alert(page)).toHaveCount(0);
		await page.getByRole('button', { name: /Show data problems/ }).click();
		await expect(problem(page, 'line 3', 'date')).toBeVisible();
		await noScripts();
	});

	for (const { file, count, problems, goodLink } of [
		{
			file: 'half-valid-timelinejs.csv',
			count: 2,
			goodLink: 'https://example.org/photo.jpg',
			problems: [
				['line 4', 'Year, Month, Day', '"2023-02-30" is not a real date'],
				['line 5', 'Year, Month, Day', 'month "13"']
			]
		},
		{
			file: 'markup-timelinejs.json',
			count: 2,
			goodLink: 'https://example.org/photo.jpg',
			problems: [
				['event #3', 'unique_id', 'repeats the id "good"'],
				['event #4', 'start_date', 'is not a real date']
			]
		},
		{
			file: 'half-valid.geojson',
			count: 3,
			problems: [
				['feature #2', 'geometry.coordinates', 'latitude 95'],
				['feature #4', 'properties.time', 'is not a real date']
			]
		},
		{
			file: 'half-valid.json',
			count: 1,
			problems: [
				['event "bad-date"', 'date', 'is not a real date'],
				['event "bad-place"', 'places', 'unknown place "atlantis"']
			]
		},
		{ file: 'markup.csv', count: 2, problems: [['line 2', 'source_url', 'is not an http(s) link']] }
	]) {
		test(`${file}: valid rows shown, bad rows named, markup stays text`, async ({ page }) => {
			const noScripts = forbidScripts(page);
			await openApp(page, `/?data=/fixtures/${file}`);
			await expect(rows(page)).toHaveCount(count);
			for (const [row, field, message] of problems) {
				await expect(problem(page, row, field)).toContainText(message);
			}
			const seen = new Set<string>();
			for (let index = 0; index < count; index++) {
				const row = rows(page).nth(index);
				await row.locator('button').first().click();
				const id = (await row.getAttribute('data-event-id'))!;
				const details = page.getByRole('region', { name: 'Event details' });
				await expect(details).toHaveAttribute('data-event-id', id);
				// The media viewer arrives a moment later: read the links once the details are whole.
				await expect(details).toHaveAttribute('aria-busy', 'false');
				// Links of every event, read while its details show: none may run or carry code.
				const hrefs = await page
					.locator('a[href]')
					.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
				hrefs.forEach((href) => seen.add(href));
			}
			for (const href of seen) {
				expect(href).toMatch(/^(https?:|\/|\.|#)/);
				expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
			}
			if (goodLink) expect([...seen]).toContain(goodLink);
			await noScripts();
		});
	}

	test('markup in a CSV field is shown as the literal text', async ({ page }) => {
		await openApp(page, '/?data=/fixtures/markup.csv');
		await expect(page.locator('.list tbody tr button').first()).toHaveText(
			'<script>window.__pwned=1</script>'
		);
		await expect(page.locator('.list tbody tr button').nth(1)).toHaveText(
			'Title with <i>tags</i> &amp; entities'
		);
	});
});

test.describe('a load that fails says why', () => {
	test.beforeEach(async ({ page }) => serveFixtures(page));

	for (const { name, data, message, path = '/' } of [
		{
			name: 'a javascript: address',
			data: 'javascript:alert(1)',
			message: '"javascript:" addresses cannot be loaded'
		},
		{
			name: 'a data: address',
			data: 'data:text/csv,title%2Cdate%0Ax%2C2020',
			message: '"data:" addresses cannot be loaded'
		},
		{
			name: 'a file: address',
			data: 'file:///etc/passwd',
			message: '"file:" addresses cannot be loaded'
		},
		{ name: 'truncated JSON', data: '/fixtures/truncated.json', message: 'is not valid JSON' },
		{
			// The full page asks for a column mapping instead (mapping.spec.ts); an embed refuses.
			name: 'CSV with the wrong columns, in an embed,',
			path: '/embed/',
			data: '/fixtures/wrong-columns.csv',
			message: 'has no "title" or "date" column'
		},
		{
			name: 'text in no known format',
			data: '/fixtures/not-data.txt',
			message: 'is not in a format Chronomap reads'
		},
		{
			name: 'a file without one valid event',
			data: '/fixtures/no-valid-events.csv',
			message: 'has no valid events'
		}
	]) {
		test(`${name} is refused with a message`, async ({ page }) => {
			const noScripts = forbidScripts(page);
			await openApp(page, `${path}?data=${encodeURIComponent(data)}`);
			await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'failed');
			await expect(alert(page)).toContainText(message);
			await expect(page.locator('.status')).toContainText(message);
			await noScripts();
		});
	}

	test('a file over 20 MB is refused as too large', async ({ page }) => {
		const body = Buffer.alloc(21 * 1024 * 1024, 'x');
		await page.route(
			(url) => url.pathname === '/huge.csv',
			(route) => route.fulfill({ contentType: 'text/csv', body })
		);
		// Handing 21 MB through the test's route takes the browser a few seconds by itself.
		await page.goto('/?data=/huge.csv');
		await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'failed', {
			timeout: 20_000
		});
		await expect(alert(page)).toContainText('the file is larger than 20 MB.');
	});
});

test.describe('network failures are named', () => {
	test.use({ expectConsoleErrors: ['404', 'ERR_FAILED'] });

	test('a missing file gives the HTTP status', async ({ page }) => {
		await openApp(page, '/?data=/no-such-file.csv');
		await expect(alert(page)).toContainText('the server answered HTTP 404');
	});

	test('a failed request is a network error', async ({ page }) => {
		await page.route(
			(url) => url.pathname === '/offline.csv',
			(route) => route.abort('failed')
		);
		await openApp(page, '/?data=/offline.csv');
		await expect(alert(page)).toContainText('the network request to 127.0.0.1');
	});

	test('when the worker cannot start, a large file is parsed on the page instead', async ({
		page
	}) => {
		const lines = Array.from(
			{ length: 260 },
			(_, i) => `Event ${i},2023-01-0${(i % 9) + 1},${'n'.repeat(4000)}`
		);
		const body = `title,date,note\n${lines.join('\n')}`;
		await page.route(
			(url) => url.pathname === '/big.csv',
			(route) => route.fulfill({ contentType: 'text/csv', body })
		);
		await page.route(
			(url) => url.pathname.includes('/workers/'),
			(route) => route.abort('failed')
		);
		await openApp(page, '/?data=/big.csv');
		await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'ready');
		await expect(page.locator('.filters .count')).toHaveText('260 of 260 events shown');
		// Up to 2,000 rows, every row is in the page, with no pager.
		await expect(rows(page)).toHaveCount(260);
		await expect(page.getByRole('button', { name: /show more/ })).toHaveCount(0);
	});
});

test.describe('Open file previews a local file', () => {
	test.beforeEach(async ({ page }) => {
		await openApp(page, '/');
		await expect(page.getByRole('button', { name: 'Open file' })).toBeVisible();
	});

	const csv = readFileSync('tests/fixtures/data/half-valid.csv');

	test('choosing a CSV shows its events and its problems', async ({ page }) => {
		await openApp(page, '/?data=/examples/events.json');
		await expect
			.poll(() => new URL(page.url()).searchParams.get('data'))
			.toBe('/examples/events.json');
		const input = page.locator('input[type="file"]');
		await expect(input).toHaveAttribute('accept', /\.json,\.csv,\.geojson,\.txt/);
		await input.setInputFiles({ name: 'my events.csv', mimeType: 'text/csv', buffer: csv });
		await expect(rows(page)).toHaveCount(3);
		await expect(page.locator('h1')).toHaveText('my events');
		await expect(problem(page, 'line 3', 'date')).toBeVisible();
		await expect(
			page.getByRole('status').filter({ hasText: 'Opened my events.csv: 3 event(s).' })
		).toBeAttached();
		await expect(page.locator('.notices')).toContainText('a copied link opens');
		await expect.poll(() => new URL(page.url()).searchParams.has('data')).toBe(false);
	});

	test('a CSV saved by Excel in Windows-1252 reads its accents, and says how it was read', async ({
		page
	}) => {
		// "Café" and "Köln" with é as 0xE9 and ö as 0xF6, and the typographic quotes as 0x93/0x94.
		const latin = Buffer.from(
			'title,date,place,lat,lon\nMeeting at the Caf\xe9,2024-03-05,K\xf6ln,50.94,6.96\n\x93Quoted\x94 reply,2024-03-06,K\xf6ln,50.94,6.96\n',
			'latin1'
		);
		const input = page.locator('input[type="file"]');
		await input.setInputFiles({ name: 'excel.csv', mimeType: 'text/csv', buffer: latin });
		await expect(rows(page)).toHaveCount(2);
		await expect(rows(page).first()).toContainText('Meeting at the Café');
		await expect(rows(page).last()).toContainText('“Quoted” reply');
		await expect(problem(page, 'file', '')).toContainText('is not UTF-8');
	});

	test("a report's export with a title line above the header and an Excel sep= line opens", async ({
		page
	}) => {
		const report = Buffer.from(
			'sep=;\r\nIncident report, exported 5 March 2024\r\ntitle;date;lat;lon\r\nProtest;2024-03-05;50,45;30,52\r\n'
		);
		const input = page.locator('input[type="file"]');
		await input.setInputFiles({ name: 'report.csv', mimeType: 'text/csv', buffer: report });
		await expect(rows(page)).toHaveCount(1);
		await expect(rows(page).first()).toContainText('Protest');
		await expect(page.locator('.leaflet-container [data-place-id]')).toHaveCount(1);
	});

	test('a new file reopens a dismissed problems panel', async ({ page }) => {
		const input = page.locator('input[type="file"]');
		await input.setInputFiles({ name: 'a.csv', mimeType: 'text/csv', buffer: csv });
		await alert(page).getByRole('button', { name: 'Dismiss' }).click();
		await expect(alert(page)).toHaveCount(0);
		await input.setInputFiles({ name: 'b.csv', mimeType: 'text/csv', buffer: csv });
		await expect(alert(page)).toBeVisible();
	});

	test('dropping a file onto the page opens it', async ({ page }) => {
		const text = readFileSync('static/examples/timelinejs.json', 'utf8');
		await page.evaluate((body) => {
			const transfer = new DataTransfer();
			transfer.items.add(new File([body], 'timeline.json', { type: 'application/json' }));
			window.dispatchEvent(
				new DragEvent('dragenter', { dataTransfer: transfer, cancelable: true })
			);
			window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
		}, text);
		await expect(rows(page)).toHaveCount(7);
		await expect(page.locator('h1')).toHaveText("NATO's eastern flank");
	});

	test('a file that cannot be used keeps the current events and says why', async ({ page }) => {
		const before = await rows(page).count();
		await page.locator('input[type="file"]').setInputFiles({
			name: 'notes.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from('just words')
		});
		await expect(alert(page)).toContainText('is not in a format Chronomap reads');
		await expect(rows(page)).toHaveCount(before);
	});
});
