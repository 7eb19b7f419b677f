import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { centre, inFill } from './mapGeometry';
import { serveFixtures } from './serveFixtures';

/** The world fixture, read here so expectations follow the file. */
const fixture = JSON.parse(readFileSync('tests/fixtures/data/world.json', 'utf8')) as {
	places: { id: string; name: string; lat: number; lon: number }[];
};
/** The country each fixture place lies in, one per continent outside Europe. */
const countryOf: Record<string, string> = {
	'new-york': 'USA',
	'sao-paulo': 'BRA',
	tokyo: 'JPN',
	delhi: 'IND',
	nairobi: 'KEN',
	kisangani: 'COD',
	'alice-springs': 'AUS',
	taupo: 'NZL'
};

const map = (page: Page) => page.locator('.leaflet-container');

/** Whether the centre of a place's marker lies inside its country's drawn shape, as now drawn. */
async function markerOnCountry(page: Page, placeId: string, countryCode: string) {
	const country = map(page).locator(`[data-country="${countryCode}"]`);
	return inFill(country, await centre(map(page).locator(`[data-place-id="${placeId}"]`)));
}

test('a dataset with places on every continent draws the countries under its markers', async ({
	page
}) => {
	test.slow();
	const worldRequests: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('/basemap/world.json')) worldRequests.push(request.url());
	});
	await serveFixtures(page);
	await openApp(page, '/?data=/fixtures/world.json');
	await expect(page.locator('.map-panel')).toHaveAttribute('data-basemap', 'world', {
		timeout: 15_000
	});
	expect(worldRequests).toHaveLength(1);
	for (const place of fixture.places) {
		const country = map(page).locator(`[data-country="${countryOf[place.id]}"]`);
		await expect(country).toHaveCount(1);
		// The marker sits on its country: its centre is inside the country's drawn shape.
		await expect(map(page).locator(`[data-place-id="${place.id}"]`)).toBeAttached();
		expect(
			await markerOnCountry(page, place.id, countryOf[place.id]),
			`${place.name} lies on ${countryOf[place.id]}`
		).toBe(true);
	}
});

test('the land stays under the markers through animated zooms, a flight and a drag', async ({
	page
}) => {
	test.slow();
	await serveFixtures(page);
	await openApp(page, '/?data=/fixtures/world.json');
	await expect(page.locator('.map-panel')).toHaveAttribute('data-basemap', 'world', {
		timeout: 15_000
	});
	const leaflet = page.locator('.cm-leaflet');
	const settled = () =>
		expect(map(page)).not.toHaveClass(/leaflet-zoom-anim|leaflet-pan-anim/, { timeout: 5_000 });
	// Two animated steps in, about the middle of the world.
	for (let step = 0; step < 2; step++) {
		const zoom = await leaflet.getAttribute('data-zoom');
		await map(page).getByRole('button', { name: 'Zoom in' }).click();
		await expect(leaflet).not.toHaveAttribute('data-zoom', zoom!);
		await settled();
	}
	expect(await markerOnCountry(page, 'kisangani', 'COD')).toBe(true);
	// Selecting the event in New Zealand flies the map there.
	const taupo = map(page).locator('[data-place-id="taupo"]');
	const inView = async () => {
		if ((await taupo.count()) === 0) return false;
		const mapBox = (await map(page).boundingBox())!;
		const { x, y } = await centre(taupo);
		return (
			x > mapBox.x && x < mapBox.x + mapBox.width && y > mapBox.y && y < mapBox.y + mapBox.height
		);
	};
	expect(await inView()).toBe(false);
	await page.locator('.list tr[data-event-id="taupo-event"] button').click();
	await expect.poll(inView, { timeout: 10_000 }).toBe(true);
	// The flight has ended once the marker stays put on screen.
	await expect
		.poll(async () => {
			const first = await centre(taupo);
			await page.waitForTimeout(300);
			const second = await centre(taupo);
			return first.x === second.x && first.y === second.y;
		})
		.toBe(true);
	expect(await markerOnCountry(page, 'taupo', 'NZL')).toBe(true);
	// A drag moves the land and the marker together.
	await map(page).scrollIntoViewIfNeeded();
	const mapBox = (await map(page).boundingBox())!;
	const before = await centre(taupo);
	await page.mouse.move(mapBox.x + mapBox.width / 2, mapBox.y + mapBox.height / 2);
	await page.mouse.down();
	await page.mouse.move(mapBox.x + mapBox.width / 2 - 120, mapBox.y + mapBox.height / 2 - 90, {
		steps: 8
	});
	await page.mouse.up();
	await expect.poll(async () => (await centre(taupo)).x).toBeLessThan(before.x - 60);
	expect(await markerOnCountry(page, 'taupo', 'NZL')).toBe(true);
	// The land's drawing reaches every edge of the map after the drag, and after a step out.
	const land = page.locator('.leaflet-cm-land-pane svg');
	const covers = async () => {
		const [outer, inner] = [(await land.boundingBox())!, (await map(page).boundingBox())!];
		return (
			outer.x <= inner.x &&
			outer.y <= inner.y &&
			outer.x + outer.width >= inner.x + inner.width &&
			outer.y + outer.height >= inner.y + inner.height
		);
	};
	await expect.poll(covers).toBe(true);
	const zoom = await leaflet.getAttribute('data-zoom');
	await map(page).getByRole('button', { name: 'Zoom out' }).click();
	await expect(leaflet).not.toHaveAttribute('data-zoom', zoom!);
	await settled();
	await expect.poll(covers).toBe(true);
	expect(await markerOnCountry(page, 'taupo', 'NZL')).toBe(true);
});

test('places in countries too small for the world map’s scale sit on their countries', async ({
	page
}) => {
	test.slow();
	const islands = JSON.parse(readFileSync('tests/fixtures/data/islands.json', 'utf8')) as {
		places: { id: string; name: string }[];
	};
	const countryOfIsland: Record<string, string> = {
		singapore: 'SGP',
		bahrain: 'BHR',
		mauritius: 'MUS',
		savaii: 'WSM',
		mahe: 'SYC',
		kiritimati: 'KIR'
	};
	await serveFixtures(page);
	await openApp(page, '/?data=/fixtures/islands.json');
	await expect(page.locator('.map-panel')).toHaveAttribute('data-basemap', 'world', {
		timeout: 15_000
	});
	for (const place of islands.places) {
		const country = map(page).locator(`[data-country="${countryOfIsland[place.id]}"]`);
		await expect(country, place.name).toHaveCount(1);
		// At a world zoom an island is a few pixels across: the marker's centre falls within its
		// drawn box, give or take the pixel Leaflet rounds a marker's position to.
		const { x, y } = await centre(map(page).locator(`[data-place-id="${place.id}"]`));
		const box = (await country.boundingBox())!;
		const near = (value: number, from: number, size: number) =>
			value >= from - 2 && value <= from + size + 2;
		expect(near(x, box.x, box.width) && near(y, box.y, box.height), place.name).toBe(true);
	}
});

test('country names on the world layer follow the reader’s language', async ({ page }) => {
	await serveFixtures(page);
	await openApp(page, '/?data=/fixtures/world.json&lang=uk');
	await expect(page.locator('.map-panel')).toHaveAttribute('data-basemap', 'world', {
		timeout: 15_000
	});
	await expect(map(page).locator('.cm-country-label', { hasText: 'Бразилія' })).toBeAttached();
});

test('the article’s first view keeps to the fine basemap and never asks for the world layer', async ({
	page
}) => {
	const worldRequests: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('/basemap/world.json')) worldRequests.push(request.url());
	});
	await openApp(page, '/');
	await expect(map(page).locator('[data-country="UKR"]')).toHaveCount(1);
	await expect(page.locator('.map-panel')).toHaveAttribute('data-basemap', 'fine');
	expect(worldRequests).toEqual([]);

	// Zooming out past the fine box brings the world in, still with one shape per country.
	const zoomOut = map(page).getByRole('button', { name: 'Zoom out' });
	for (let step = 0; step < 3; step++) await zoomOut.click();
	await expect(page.locator('.map-panel')).toHaveAttribute('data-basemap', 'world', {
		timeout: 15_000
	});
	await expect(map(page).locator('[data-country="RUS"]')).toHaveCount(1);
	await expect(map(page).locator('[data-country="MKD"]')).toHaveAttribute('data-nato', 'true');
	expect(worldRequests).toHaveLength(1);
});

test('a filter in the address does not change the first view: it still frames every place of the data', async ({
	page
}) => {
	await serveFixtures(page);
	await openApp(page, '/?data=/fixtures/world.json');
	await expect(page.locator('.map-panel')).toHaveAttribute('data-basemap', 'world', {
		timeout: 15_000
	});
	const leaflet = page.locator('.cm-leaflet');
	const zoom = await leaflet.getAttribute('data-zoom');
	// Only statements: every event of the data is filtered out, and no marker is drawn.
	await openApp(page, '/?data=/fixtures/world.json&kinds=statement');
	await expect(page.locator('.map-panel')).toHaveAttribute('data-basemap', 'world', {
		timeout: 15_000
	});
	await expect(map(page).locator('[data-place-id]')).toHaveCount(0);
	await expect(leaflet).toHaveAttribute('data-zoom', zoom!);
});
