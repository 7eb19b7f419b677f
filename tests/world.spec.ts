import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
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

async function centre(locator: Locator) {
	const box = (await locator.boundingBox())!;
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
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
		const marker = map(page).locator(`[data-place-id="${place.id}"]`);
		await expect(marker).toBeAttached();
		const { x, y } = await centre(marker);
		const onCountry = await country.evaluate(
			(path, [px, py]) => {
				const shape = path as SVGPathElement;
				const point = new DOMPoint(px, py).matrixTransform(shape.getScreenCTM()!.inverse());
				return shape.isPointInFill(point);
			},
			[x, y]
		);
		expect(onCountry, `${place.name} lies on ${countryOf[place.id]}`).toBe(true);
	}
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
