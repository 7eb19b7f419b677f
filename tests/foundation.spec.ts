import { readFileSync } from 'node:fs';
import { test, expect, openApp } from './fixtures';

test('the page lists the article events in date order with their dates at their precision', async ({
	page
}) => {
	const shipped = JSON.parse(readFileSync('static/data/events.json', 'utf8')) as {
		events: { id: string; date: string }[];
	};
	await openApp(page);
	const rows = page.locator('.list tbody tr[data-event-id]');
	// Every event of the data file, each once.
	await expect(rows).toHaveCount(shipped.events.length);
	const listed = await rows.evaluateAll((nodes) =>
		nodes.map((node) => ({
			id: node.getAttribute('data-event-id')!,
			date: node.querySelector('time')?.getAttribute('datetime') ?? ''
		}))
	);
	expect(listed.map((row) => row.id).sort()).toEqual(shipped.events.map((e) => e.id).sort());
	// Each row carries its event's date as written, at its own precision.
	const written = new Map(shipped.events.map((event) => [event.id, event.date]));
	for (const row of listed) expect(row.date, row.id).toBe(written.get(row.id));
	// In date order: a wider date (a month, a year) before the days inside it.
	const starts = listed.map((row) => row.date.padEnd(10, row.date.length === 4 ? '-01-01' : '-01'));
	expect([...starts].sort()).toEqual(starts);
	await expect(
		page.locator('.list tr[data-event-id="north-macedonia-nato-accession"] time')
	).toHaveText('27 March 2020');
	await expect(
		page.locator('.list tr[data-event-id="stoltenberg-skopje-remarks"] time')
	).toHaveText('21 November 2023');
	await expect(page.locator('.list tr[data-event-id="counteroffensive-begins"] time')).toHaveText(
		'June 2023'
	);
	await expect(page.locator('.list tr[data-event-id="trump-24-hours-claim"] time')).toHaveText(
		'2023'
	);
	await expect(page.locator('[role="alert"]')).toHaveCount(0);
});

test('a broken data file is reported in an alert, not a blank page', async ({ page }) => {
	await page.route('**/data/events.json', (route) =>
		route.fulfill({
			contentType: 'application/json',
			body: '{"version": 1, "title": "x", "events": ['
		})
	);
	await openApp(page, '/?data=%2Fdata%2Fevents.json');
	await expect(page.locator('[role="alert"]')).toContainText('not valid JSON');
	await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'failed');
});

test('bad rows are dropped and named; markup in data stays text', async ({ page }) => {
	await page.route('**/data/events.json', (route) =>
		route.fulfill({
			contentType: 'application/json',
			body: JSON.stringify({
				version: 1,
				title: '<img src=x onerror="window.__pwned=1">',
				places: [{ id: 'kyiv', name: 'Kyiv', lat: 50.45, lon: 30.52 }],
				events: [
					{
						id: 'good',
						title: '<script>window.__pwned=1</script>',
						date: '2023-11-21',
						places: ['kyiv']
					},
					{ id: 'bad-date', title: 'Impossible', date: '2023-02-30' },
					{ id: 'bad-place', title: 'Nowhere', date: '2023-01', places: ['atlantis'] }
				]
			})
		})
	);
	await openApp(page, '/?data=%2Fdata%2Fevents.json');
	const alert = page.locator('[role="alert"]');
	await expect(alert).toContainText('event "bad-date", date: "2023-02-30" is not a real date');
	await expect(alert).toContainText('event "bad-place", places');
	await expect(page.locator('.list tbody tr')).toHaveCount(1);
	await expect(page.locator('.list tbody tr button')).toHaveText(
		'<script>window.__pwned=1</script>'
	);
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
	).toBeUndefined();
});
