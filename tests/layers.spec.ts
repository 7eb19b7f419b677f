import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { centre, inFill } from './mapGeometry';
import { serveFixtures } from './serveFixtures';

const map = (page: Page) => page.locator('.leaflet-container');
const layer = (page: Page, id: string) => map(page).locator(`[data-layer-id="${id}"]`);

test('a GeoJSON polygon and line are drawn as layers that follow the scrubber', async ({
	page
}) => {
	await serveFixtures(page);
	await openApp(page, '/?data=/fixtures/layers.geojson');
	const flood = layer(page, 'flood');
	const route = layer(page, 'relief-route');
	await expect(flood).toHaveCount(1);
	await expect(route).toHaveCount(1);
	await expect(flood).toHaveClass(/cm-layer-area/);
	await expect(route).toHaveClass(/cm-layer-route/);

	const slider = page.getByRole('slider', { name: 'Current time' });
	await slider.focus();
	await page.keyboard.press('Home');
	await expect(flood).toHaveAttribute('data-active', 'true');
	await expect(route).toHaveAttribute('data-active', 'false');
	await expect(flood).toBeVisible();
	await expect(route).toBeHidden();

	await openApp(page, '/?data=/fixtures/layers.geojson&t=2024-07-10');
	await expect(flood).toHaveAttribute('data-active', 'false');
	await expect(route).toHaveAttribute('data-active', 'true');
	await expect(route).toBeVisible();
	await slider.focus();
	await page.keyboard.press('Home');
	await expect(flood).toHaveAttribute('data-active', 'true');
	await expect(route).toHaveAttribute('data-active', 'false');
});

test('a dated shape is an event without a marker, and selecting it lights its layer', async ({
	page
}) => {
	await serveFixtures(page);
	await openApp(page, '/?data=/fixtures/layers.geojson');
	await expect(page.locator('.list tr[data-event-id]')).toHaveCount(4);
	await expect(map(page).locator('[data-place-id]')).toHaveCount(2);
	await page.locator('.list tr[data-event-id="flood"] button').click();
	await expect(layer(page, 'flood')).toHaveAttribute('data-selected', 'true');
	await expect(layer(page, 'flood')).toHaveClass(/cm-layer-selected/);
	await expect(layer(page, 'relief-route')).toHaveAttribute('data-selected', 'false');
});

test('the legend lists each layer with its style and toggles it by keyboard', async ({ page }) => {
	await serveFixtures(page);
	await openApp(page, '/?data=/fixtures/layers.geojson&t=2024-06-15');
	await page.getByText('Legend', { exact: true }).click();
	const flood = page.getByRole('checkbox', { name: 'Flooded districts (area)' });
	const route = page.getByRole('checkbox', {
		name: /Relief convoy route \(route; not at this date\)/
	});
	await expect(flood).toBeChecked();
	await expect(route).toBeChecked();
	await flood.focus();
	await page.keyboard.press('Space');
	await expect(flood).not.toBeChecked();
	await expect(layer(page, 'flood')).toBeHidden();
	await page.keyboard.press('Space');
	await expect(layer(page, 'flood')).toBeVisible();
	// A dataset that names no membership set shades no country.
	await expect(map(page).locator('[data-nato]')).toHaveCount(0);
	await expect(page.getByRole('checkbox', { name: 'NATO members' })).toHaveCount(0);
});

test('areas and routes stay on their places through animated zooms and a drag', async ({
	page
}) => {
	await serveFixtures(page);
	await openApp(page, '/?data=/fixtures/layers.geojson&t=2024-07-10');
	const route = layer(page, 'relief-route');
	await expect(route).toBeVisible();
	const leaflet = page.locator('.cm-leaflet');
	for (let step = 0; step < 2; step++) {
		const zoom = await leaflet.getAttribute('data-zoom');
		await map(page).getByRole('button', { name: 'Zoom in' }).click();
		await expect(leaflet).not.toHaveAttribute('data-zoom', zoom!);
		await expect(map(page)).not.toHaveClass(/leaflet-zoom-anim/);
	}
	const box = (await map(page).boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 - 50, box.y + box.height / 2 + 30, { steps: 5 });
	await page.mouse.up();
	const dhaka = map(page).locator('[data-place-id="dhaka"]');
	// The route ends in Dhaka: its last point is drawn under Dhaka's marker.
	await expect
		.poll(async () => {
			const end = await route.evaluate((path) => {
				const shape = path as SVGPathElement;
				const last = shape.getPointAtLength(shape.getTotalLength());
				const screen = new DOMPoint(last.x, last.y).matrixTransform(shape.getScreenCTM()!);
				return { x: screen.x, y: screen.y };
			});
			const marker = await centre(dhaka);
			return Math.hypot(end.x - marker.x, end.y - marker.y);
		})
		.toBeLessThan(3);
	// Dhaka lies inside the flooded districts, which show at the start of the data.
	await page.getByRole('slider', { name: 'Current time' }).focus();
	await page.keyboard.press('Home');
	const flood = layer(page, 'flood');
	await expect(flood).toBeVisible();
	expect(await inFill(flood, await centre(dhaka))).toBe(true);
});
