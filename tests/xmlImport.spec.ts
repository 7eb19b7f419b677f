import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { serveFixtures } from './serveFixtures';

const rows = (page: Page) => page.locator('.list tbody tr[data-event-id]');
const alert = (page: Page) => page.locator('[role="alert"]');
const map = (page: Page) => page.locator('.leaflet-container');
const details = (page: Page) => page.getByRole('region', { name: 'Event details' });

test('a KML file from ?data= shows its placemarks as events at their places, with their times', async ({
	page
}) => {
	await openApp(page, '/?data=/examples/events.kml');
	await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'ready');
	await expect(page.locator('h1')).toHaveText('NATO accessions and summits');
	await expect(rows(page)).toHaveCount(4);
	await expect(rows(page).first()).toHaveAttribute('data-event-id', 'montenegro-joins-nato');
	await expect(alert(page)).toHaveCount(0);
	await expect(map(page).locator('[data-place-id]')).toHaveCount(4);

	// A TimeSpan is the event's date and end; a description in HTML is read as its text.
	await rows(page).filter({ hasText: 'NATO summit in Madrid' }).locator('button').first().click();
	await expect(details(page)).toHaveAttribute('data-event-id', 'madrid-summit');
	await expect(details(page)).toContainText('28 June 2022 – 30 June 2022');
	await expect(details(page)).toContainText('Heads of state and government met in Madrid.');
	await expect(details(page).locator('b, p b')).toHaveCount(0);
});

test.describe('KML and GPX opened from a file', () => {
	test.beforeEach(async ({ page }) => {
		await openApp(page, '/');
		await expect(page.getByRole('button', { name: 'Open file' })).toBeVisible();
	});

	test('a GPX file: waypoints are events at places, the track a layer and an event', async ({
		page
	}) => {
		const input = page.locator('input[type="file"]');
		await expect(input).toHaveAttribute('accept', /\.kml,\.gpx/);
		await input.setInputFiles({
			name: 'drive.gpx',
			mimeType: 'application/gpx+xml',
			buffer: readFileSync('tests/fixtures/data/track.gpx')
		});
		await expect(page.locator('h1')).toHaveText('Synthetic drive');
		await expect(rows(page)).toHaveCount(3);
		await expect(rows(page).last()).toContainText('Synthetic lookout');
		await expect(map(page).locator('[data-place-id]')).toHaveCount(2);
		await expect(map(page).locator('[data-layer-id]')).toHaveCount(1);
		await expect(map(page).locator('[data-layer-id]')).toHaveClass(/cm-layer-route/);
		await expect(alert(page)).toHaveCount(0);
		// A waypoint's time keeps the offset it was recorded in.
		await rows(page).filter({ hasText: 'Synthetic start' }).locator('button').first().click();
		await expect(details(page)).toContainText('08:15');
		await expect(details(page)).toContainText('Where the synthetic drive began.');
	});

	test('markup in a description stays text and runs nothing', async ({ page }) => {
		await page.locator('input[type="file"]').setInputFiles({
			name: 'markup.kml',
			mimeType: 'application/vnd.google-earth.kml+xml',
			buffer: readFileSync('tests/fixtures/data/markup.kml')
		});
		await expect(rows(page)).toHaveCount(1);
		await rows(page).locator('button').first().click();
		await expect(details(page)).toContainText('Plain words stay.');
		await expect(details(page).locator('img, script')).toHaveCount(0);
		expect(
			await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)
		).toBeUndefined();
	});
});

/** A KML file of `count` placemarks, well over the size at which other files go to a worker. */
function largeKml(count: number): string {
	const placemarks = Array.from({ length: count }, (_, index) => {
		const day = String((index % 28) + 1).padStart(2, '0');
		const lon = (-170 + ((index * 7) % 340)).toFixed(3);
		const lat = (-60 + ((index * 11) % 130)).toFixed(3);
		return `<Placemark id="p${index}"><name>Synthetic placemark ${index}</name><description>${'A long synthetic description. '.repeat(8)}</description><TimeStamp><when>2020-01-${day}</when></TimeStamp><Point><coordinates>${lon},${lat}</coordinates></Point></Placemark>`;
	});
	return `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Synthetic large KML</name>${placemarks.join('')}</Document></kml>`;
}

test('a KML file too large for the page’s usual reading is still read, from ?data= and from a file', async ({
	page
}) => {
	const kml = largeKml(500);
	expect(kml.length).toBeGreaterThan(150_000);
	await page.route(
		(url) => url.pathname === '/fixtures/large.kml',
		(route) => route.fulfill({ contentType: 'application/vnd.google-earth.kml+xml', body: kml })
	);
	await openApp(page, '/?data=/fixtures/large.kml');
	await expect(page.locator('h1')).toHaveText('Synthetic large KML');
	await expect(rows(page)).toHaveCount(500);
	await expect(alert(page)).toHaveCount(0);

	await openApp(page, '/');
	await page.locator('input[type="file"]').setInputFiles({
		name: 'large.kml',
		mimeType: 'application/vnd.google-earth.kml+xml',
		buffer: Buffer.from(kml)
	});
	await expect(page.locator('h1')).toHaveText('Synthetic large KML');
	await expect(rows(page)).toHaveCount(500);
	await expect(alert(page)).toHaveCount(0);
});

test.describe('a KML file that cannot be read says why', () => {
	test.beforeEach(async ({ page }) => serveFixtures(page));

	for (const { file, message } of [
		{ file: 'malformed.kml', message: 'is not well-formed XML' },
		{ file: 'entities.kml', message: 'declares entities of its own' }
	]) {
		test(`${file}: ${message}`, async ({ page }) => {
			await openApp(page, `/?data=/fixtures/${file}`);
			await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'failed');
			await expect(alert(page)).toContainText(message);
		});
	}
});
