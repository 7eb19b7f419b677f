import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { centre, inFill } from './mapGeometry';
import { serveFixtures } from './serveFixtures';

/** The Pacific fixture: places on both sides of 180°, no focus. */
const fixture = JSON.parse(readFileSync('tests/fixtures/data/pacific.json', 'utf8')) as {
	places: { id: string; name: string; lat: number; lon: number }[];
};
/** The country under each place on the world layer (the small islands are checked apart). */
const countryOf: Record<string, string | undefined> = {
	fairbanks: 'USA',
	taupo: 'NZL',
	amguema: 'RUS',
	bilibino: 'RUS'
};

const map = (page: Page) => page.locator('.leaflet-container');

test('places on both sides of 180° open the short way round, on whole countries', async ({
	page
}) => {
	test.slow();
	await serveFixtures(page);
	await openApp(page, '/?data=/fixtures/pacific.json');
	await expect(page.locator('.map-panel')).toHaveAttribute('data-basemap', 'world', {
		timeout: 15_000
	});
	const frame = (await map(page).boundingBox())!;
	const at: Record<string, { x: number; y: number }> = {};
	for (const place of fixture.places) {
		const marker = map(page).locator(`[data-place-id="${place.id}"]`);
		await expect(marker).toBeAttached();
		at[place.id] = await centre(marker);
		// Every place is in the first view.
		expect(at[place.id].x, `${place.name} in view`).toBeGreaterThan(frame.x);
		expect(at[place.id].x, `${place.name} in view`).toBeLessThan(frame.x + frame.width);
	}
	// The short way: Alaska and Kiritimati lie east of Fiji and New Zealand, as on a Pacific map.
	expect(at.fairbanks.x).toBeGreaterThan(at.suva.x);
	expect(at.kiritimati.x).toBeGreaterThan(at.tarawa.x);
	expect(at.amguema.x).toBeGreaterThan(at.bilibino.x);
	// Fiji to Alaska is drawn as the 33.8° across 180°, not the 326.2° across the rest of the
	// world (a Web Mercator world is 256·2^zoom pixels wide).
	const zoom = Number(await page.locator('.cm-leaflet').getAttribute('data-zoom'));
	const degrees = ((at.fairbanks.x - at.suva.x) * 360) / (256 * 2 ** zoom);
	expect(degrees).toBeCloseTo(360 - 178.44 - 147.72, 0);

	for (const [id, code] of Object.entries(countryOf)) {
		const country = map(page).locator(`[data-country="${code}"]`);
		await expect(country).toHaveCount(1);
		const onCountry = await inFill(country, at[id]);
		expect(onCountry, `${id} lies on ${code}`).toBe(true);
	}

	// Fiji is a few pixels wide at this zoom: its marker sits on (or right next to) its shape.
	const fiji = (await map(page).locator('[data-country="FJI"]').boundingBox())!;
	expect(Math.abs(at.suva.x - (fiji.x + fiji.width / 2))).toBeLessThan(fiji.width / 2 + 8);
	expect(Math.abs(at.suva.y - (fiji.y + fiji.height / 2))).toBeLessThan(fiji.height / 2 + 8);

	// The "outside this view" list knows the places across 180° are in view.
	const outside = page.locator('.outside');
	await outside.locator('summary').click();
	await expect(outside.getByRole('listitem').first()).toBeVisible();
	for (const name of ['Fairbanks', 'Kiritimati', 'Amguema', 'Suva', 'South Tarawa']) {
		await expect(outside.getByRole('button', { name: new RegExp(name) })).toHaveCount(0);
	}
});

test('a view across 180° whose middle lies past it shows the land on both sides', async ({
	page
}) => {
	test.slow();
	// From Japan to the Andes the short way is 150° across the Pacific, centred near 213°.
	const countryOfPlace: Record<string, string> = {
		nagano: 'JPN',
		denver: 'USA',
		'mexico-city': 'MEX',
		cusco: 'PER'
	};
	await serveFixtures(page);
	await openApp(page, '/?data=/fixtures/transpacific.json');
	await expect(page.locator('.map-panel')).toHaveAttribute('data-basemap', 'world', {
		timeout: 15_000
	});
	const at: Record<string, { x: number; y: number }> = {};
	for (const [id, code] of Object.entries(countryOfPlace)) {
		const marker = map(page).locator(`[data-place-id="${id}"]`);
		await expect(marker).toBeAttached();
		at[id] = await centre(marker);
		const country = map(page).locator(`[data-country="${code}"]`);
		await expect(country).toHaveCount(1);
		const onCountry = await inFill(country, at[id]);
		expect(onCountry, `${id} lies on ${code}`).toBe(true);
	}
	// The short way round: the Americas east of Japan.
	expect(at.denver.x).toBeGreaterThan(at.nagano.x);
	expect(at.cusco.x).toBeGreaterThan(at['mexico-city'].x);
});

test('a focus written west greater than east opens across 180°, as a GeoJSON bbox does', async ({
	page
}) => {
	test.slow();
	await serveFixtures(page);
	await openApp(page, '/?data=/fixtures/focus-across-180.json');
	await expect(page.locator('.map-panel')).toHaveAttribute('data-basemap', 'world', {
		timeout: 15_000
	});
	const frame = (await map(page).boundingBox())!;
	const at: Record<string, { x: number; y: number }> = {};
	for (const id of ['suva', 'apia']) {
		const marker = map(page).locator(`[data-place-id="${id}"]`);
		await expect(marker).toBeAttached();
		at[id] = await centre(marker);
		expect(at[id].x, `${id} in view`).toBeGreaterThan(frame.x);
		expect(at[id].x, `${id} in view`).toBeLessThan(frame.x + frame.width);
	}
	// Samoa lies east of Fiji, the 9.8° across 180° filling much of the view, and Kyiv, outside
	// the focus, is listed as outside it.
	expect(at.apia.x).toBeGreaterThan(at.suva.x);
	expect(at.apia.x - at.suva.x).toBeGreaterThan(frame.width / 4);
	const outside = page.locator('.outside');
	await outside.locator('summary').click();
	await expect(outside.getByRole('button', { name: /Kyiv/ })).toHaveCount(1);
	for (const name of ['Suva', 'Apia']) {
		await expect(outside.getByRole('button', { name: new RegExp(name) })).toHaveCount(0);
	}
});
