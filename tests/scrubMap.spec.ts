import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';

/** The article data the app loads, read here so expectations follow the file. */
const article = JSON.parse(readFileSync('static/data/events.json', 'utf8')) as {
	events: { id: string; date: string; title: string; places?: string[] }[];
};
/** The first instant of a date written YYYY, YYYY-MM or YYYY-MM-DD (the article has no times). */
const startOf = (date: string) => Date.parse(`${(date + '-01-01').slice(0, 10)}T00:00:00Z`);
/** Places lit at a time: those of every event that has started by then. */
const expectedActive = (time: number) =>
	[
		...new Set(
			article.events
				.filter((event) => startOf(event.date) <= time)
				.flatMap((event) => event.places ?? [])
		)
	].sort();
const skopjeFrom = Math.min(
	...article.events
		.filter((event) => event.places?.includes('skopje'))
		.map((event) => startOf(event.date))
);
// North Macedonia's accession is both Skopje's first event and the day NATO shading begins.
const accession = startOf(
	article.events.find((event) => event.id === 'north-macedonia-nato-accession')!.date
);
const DAY = 86_400_000;

// Each test drags or plays through weeks of the article while checking the map at every step.
test.beforeEach(() => test.slow());

const map = (page: Page) => page.locator('.leaflet-container');
const handleOf = (page: Page) => page.getByRole('slider', { name: 'Current time' });
const valueNow = async (page: Page) => Number(await handleOf(page).getAttribute('aria-valuenow'));

async function activePlaces(page: Page) {
	return map(page)
		.locator('[data-place-id][data-active="true"]')
		.evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.placeId).sort());
}

test('the data puts Skopje’s first event on 27 March 2020, NATO accession day', () => {
	expect(skopjeFrom).toBe(Date.UTC(2020, 2, 27));
	expect(accession).toBe(skopjeFrom);
});

test('dragging the handle across 27 March 2020 lights Skopje and shades North Macedonia then', async ({
	page
}) => {
	await openApp(page, '/?from=2020-02-15&to=2020-04-15&t=2020-03-10');
	const skopje = map(page).locator('[data-place-id="skopje"]');
	const macedonia = map(page).locator('[data-country="MKD"]');
	await expect(skopje).toHaveAttribute('data-active', 'false');
	await expect(macedonia).toHaveAttribute('data-nato', 'false');

	const box = (await handleOf(page).boundingBox())!;
	const y = box.y + box.height / 2;
	await page.mouse.move(box.x + box.width / 2, y);
	await page.mouse.down();
	const seen: boolean[] = [];
	// About 20 px a day: 24 moves of 25 px cross the 17 days to 27 March and a dozen after.
	for (let step = 1; step <= 24; step++) {
		await page.mouse.move(box.x + box.width / 2 + step * 25, y);
		const time = await valueNow(page);
		const lit = time >= accession;
		await expect(skopje, `Skopje at ${new Date(time).toISOString()}`).toHaveAttribute(
			'data-active',
			String(lit)
		);
		await expect(macedonia, `NATO at ${new Date(time).toISOString()}`).toHaveAttribute(
			'data-nato',
			String(lit)
		);
		expect(await activePlaces(page)).toEqual(expectedActive(time));
		seen.push(lit);
	}
	await page.mouse.up();
	// The drag crossed the day: unlit for a while, then lit for a while.
	expect(seen.indexOf(true)).toBeGreaterThan(5);
	expect(seen.lastIndexOf(false)).toBe(seen.indexOf(true) - 1);
	expect(seen.filter(Boolean).length).toBeGreaterThan(5);
});

test('playback across 27 March 2020 lights Skopje and shades North Macedonia at that moment', async ({
	page
}) => {
	// Twenty days in view play in 20 s: a day of data a second.
	await openApp(page, '/?from=2020-03-18&to=2020-04-07&t=2020-03-24');
	const skopje = map(page).locator('[data-place-id="skopje"]');
	await expect(skopje).toHaveAttribute('data-active', 'false');
	await expect(map(page).locator('[data-country="MKD"]')).toHaveAttribute('data-nato', 'false');
	// Every change of the time, Skopje's marker or the shading is recorded with all three.
	await page.evaluate(() => {
		const record = window as unknown as { seen: { time: number; lit?: string; nato?: string }[] };
		record.seen = [];
		const root = document.querySelector('.chronomap')!;
		const read = () => ({
			time: Number(document.querySelector('[role="slider"]')!.getAttribute('aria-valuenow')),
			lit: root.querySelector<HTMLElement>('[data-place-id="skopje"]')?.dataset.active,
			nato: root.querySelector<SVGElement>('[data-country="MKD"]')?.dataset.nato
		});
		new MutationObserver(() => record.seen.push(read())).observe(root, {
			subtree: true,
			attributes: true,
			attributeFilter: ['aria-valuenow', 'data-active', 'data-nato']
		});
	});
	await page.getByRole('button', { name: 'Play' }).click();
	await expect(skopje).toHaveAttribute('data-active', 'true', { timeout: 15_000 });
	await page.getByRole('button', { name: 'Pause' }).click();

	const seen = await page.evaluate(
		() => (window as unknown as { seen: { time: number; lit?: string; nato?: string }[] }).seen
	);
	for (const key of ['lit', 'nato'] as const) {
		// Never early: nothing before 27 March shows Skopje lit or North Macedonia in NATO.
		expect(seen.filter((state) => state.time < accession && state[key] === 'true')).toEqual([]);
		// Not late either: the first frame that shows it is within a day of data (a second).
		const first = seen.find((state) => state[key] === 'true');
		expect(first, `${key} was shown`).toBeDefined();
		expect(first!.time - accession).toBeLessThan(DAY);
		expect(seen.some((state) => state.time < accession && state[key] === 'false')).toBe(true);
	}
});

test('a place that is "now" pulses when the drag ends, not while the handle moves', async ({
	page
}) => {
	await openApp(page, '/?from=2020-02-15&to=2020-04-15&t=2020-03-10');
	const skopje = map(page).locator('[data-place-id="skopje"]');
	const pulse = () =>
		skopje
			.locator('.cm-marker-dot')
			.evaluate((dot) => getComputedStyle(dot, '::after').animationName);
	const box = (await handleOf(page).boundingBox())!;
	const y = box.y + box.height / 2;
	await page.mouse.move(box.x + box.width / 2, y);
	await page.mouse.down();
	// Past 27 March: Skopje's accession day is now, and stays "now" for a fortnight after.
	for (let step = 1; step <= 24; step++)
		await page.mouse.move(box.x + box.width / 2 + step * 25, y);
	await expect(skopje).toHaveAttribute('data-emphasised', 'true');
	expect(await pulse()).toBe('none');
	await page.mouse.up();
	await expect.poll(pulse).toBe('cm-marker-pulse');
	await expect(skopje).toHaveAttribute('data-emphasised', 'true');
});

test('the details name the event at the time as the drag goes, and exactly where it ends', async ({
	page
}) => {
	await openApp(page, '/?from=2023-10-25&to=2023-11-25&t=2023-10-28');
	const named = page
		.getByRole('region', { name: 'Event details' })
		.getByRole('button', { name: /^Show the event/ });
	const box = (await handleOf(page).boundingBox())!;
	const y = box.y + box.height / 2;
	await page.mouse.move(box.x + box.width / 2, y);
	await page.mouse.down();
	const seen = new Set<string>();
	// Over a second across three weeks of November's events: the name follows the drag.
	for (let step = 1; step <= 20; step++) {
		await page.mouse.move(box.x + box.width / 2 + step * 30, y);
		await page.waitForTimeout(50);
		seen.add((await named.textContent()) ?? '');
	}
	await page.mouse.up();
	expect(seen.size).toBeGreaterThan(1);
	const time = await valueNow(page);
	const reached = article.events.filter((event) => startOf(event.date) <= time);
	const latest = Math.max(...reached.map((event) => startOf(event.date)));
	const titles = reached
		.filter((event) => startOf(event.date) === latest)
		.map((event) => `Show the event at this time: ${event.title}`);
	await expect.poll(async () => titles.includes((await named.textContent())!.trim())).toBe(true);
});
