import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Serves a Chronomap dataset at a same-origin path and opens the app on it. */
async function openDataset(page: Page, dataset: object, query = '') {
	await page.route(
		(url) => url.pathname === '/reach.json',
		(route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) })
	);
	await open(page, `/?data=/reach.json${query}`);
}

async function open(page: Page, path: string) {
	await page.goto(path);
	await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'ready', {
		timeout: 20_000
	});
}

const handleOf = (page: Page) => page.getByRole('slider', { name: 'Current time' });
const rows = (page: Page) => page.locator('.list tbody tr[data-event-id]');
const details = (page: Page) => page.getByRole('region', { name: 'Event details' });
const eventAtTime = (page: Page) => details(page).getByRole('button', { name: /^Show the event/ });

async function activePlaces(page: Page) {
	await expect(page.locator('.leaflet-container [data-place-id]')).toHaveCount(4);
	return page
		.locator('.leaflet-container [data-place-id][data-active="true"]')
		.evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.placeId).sort());
}

// The offsets furthest apart: the Line Islands (+14:00) and Hawaii (-10:00), with Kyiv between.
const acrossTheDateLine = {
	version: 1,
	title: 'Across the date line',
	places: [
		{ id: 'brussels', name: 'Brussels', lat: 50.85, lon: 4.35 },
		{ id: 'kyiv', name: 'Kyiv', lat: 50.45, lon: 30.52 },
		{ id: 'honolulu', name: 'Honolulu', lat: 21.31, lon: -157.86 },
		{ id: 'tabwakea', name: 'Tabwakea', lat: 2.02, lon: -157.49 }
	],
	events: [
		{ id: 'before', title: 'Talks in Brussels', date: '2022-02-20', places: ['brussels'] },
		// 23 February 23:00 UTC, on the 24th in Kyiv.
		{ id: 'kyiv', title: 'Night in Kyiv', date: '2022-02-24T01:00+02:00', places: ['kyiv'] },
		// 25 February 08:00 UTC, still the 24th in Honolulu.
		{
			id: 'honolulu',
			title: 'Evening in Honolulu',
			date: '2022-02-24T22:00-10:00',
			places: ['honolulu']
		},
		// 24 February 15:00 UTC, already the 25th on the Line Islands.
		{
			id: 'tabwakea',
			title: 'Morning on the Line Islands',
			date: '2022-02-25T05:00+14:00',
			places: ['tabwakea']
		}
	]
};

test.beforeEach(() => test.slow());

test('t=YYYY-MM-DD reaches every event on that day by its own offset, the list agrees', async ({
	page
}) => {
	await openDataset(page, acrossTheDateLine, '&t=2022-02-24');
	// The list puts each event on its own calendar day, whatever its instant.
	await expect(rows(page)).toHaveCount(4);
	expect(
		await rows(page).evaluateAll((nodes) =>
			nodes.map((node) => (node as HTMLElement).dataset.eventId)
		)
	).toEqual(['before', 'kyiv', 'honolulu', 'tabwakea']);
	await expect(rows(page).nth(2)).toContainText('24 February 2022, 22:00 (UTC-10)');
	await expect(rows(page).nth(3)).toContainText('25 February 2022, 05:00 (UTC+14)');

	// 24 February as a whole day: Kyiv's night and Honolulu's evening are on it, the Line
	// Islands' morning of the 25th is not, though it happened earlier in UTC.
	expect(await activePlaces(page)).toEqual(['brussels', 'honolulu', 'kyiv']);
	await expect(eventAtTime(page)).toHaveText(/: Evening in Honolulu$/);
	await expect(page).toHaveURL(/[?&]t=2022-02-24(&|$)/);

	await open(page, '/?data=/reach.json&t=2022-02-23');
	expect(await activePlaces(page)).toEqual(['brussels']);
	await open(page, '/?data=/reach.json&t=2022-02-25');
	expect(await activePlaces(page)).toEqual(['brussels', 'honolulu', 'kyiv', 'tabwakea']);
});

test('a moment reaches events by instant, and "the event at this time" is the latest of them', async ({
	page
}) => {
	await openDataset(page, acrossTheDateLine, '&t=2022-02-24T16:00Z');
	// 16:00 UTC: past the Line Islands' morning (15:00 UTC), before Honolulu's evening (08:00 UTC
	// the next day), though Honolulu's comes first by date.
	expect(await activePlaces(page)).toEqual(['brussels', 'kyiv', 'tabwakea']);
	await expect(eventAtTime(page)).toHaveText(/: Morning on the Line Islands$/);
	await eventAtTime(page).click();
	await expect(details(page)).toHaveAttribute('data-event-id', 'tabwakea');

	// A hand-written offset in the address is the same moment: 16:00 UTC is 06:00 in Honolulu.
	await open(page, '/?data=/reach.json&t=2022-02-24T06:00-10:00');
	expect(await activePlaces(page)).toEqual(['brussels', 'kyiv', 'tabwakea']);
	// Midnight written as a date-time is a moment, not the whole day, and the address keeps it so.
	await open(page, '/?data=/reach.json&t=2022-02-24T00:00Z');
	expect(await activePlaces(page)).toEqual(['brussels', 'kyiv']);
	await expect(page).toHaveURL(/[?&]t=2022-02-24T00(%3A|:)00Z/);
	await open(page, '/?data=/reach.json&t=2022-02-23T23:30Z');
	expect(await activePlaces(page)).toEqual(['brussels', 'kyiv']);
	await expect(eventAtTime(page)).toHaveText(/: Night in Kyiv$/);
});

test('Shift+arrows step by the hours and minutes of the line’s clock, which the slider names', async ({
	page
}) => {
	// No displayOffset: the line tells UTC. Eighteen hours in view are ticked every hour.
	await open(
		page,
		'/?data=/examples/earthquakes.geojson&from=2025-03-12T00:00Z&to=2025-03-12T18:00Z&t=2025-03-12T04:17Z'
	);
	const handle = handleOf(page);
	await expect(handle).toHaveAttribute('aria-valuetext', '12 March 2025, 04:17 (UTC)');
	await handle.focus();
	await page.keyboard.press('Shift+ArrowRight');
	await expect(handle).toHaveAttribute('aria-valuetext', '12 March 2025, 05:00 (UTC)');
	await page.keyboard.press('Shift+ArrowRight');
	await expect(handle).toHaveAttribute('aria-valuetext', '12 March 2025, 06:00 (UTC)');
	await page.keyboard.press('Shift+ArrowLeft');
	await page.keyboard.press('Shift+ArrowLeft');
	await page.keyboard.press('Shift+ArrowLeft');
	await expect(handle).toHaveAttribute('aria-valuetext', '12 March 2025, 03:00 (UTC)');
	await expect(page).toHaveURL(/[?&]t=2025-03-12T03(%3A|:)00Z/);

	// Four hours in view are ticked every 15 minutes: a step is one tick, not one minute.
	await open(
		page,
		'/?data=/examples/earthquakes.geojson&from=2025-03-12T04:00Z&to=2025-03-12T08:00Z&t=2025-03-12T04:17Z'
	);
	await expect(page.locator('.timeline .axis text', { hasText: /^04:45$/ })).toHaveCount(1);
	await handle.focus();
	await page.keyboard.press('Shift+ArrowRight');
	await expect(handle).toHaveAttribute('aria-valuetext', '12 March 2025, 04:30 (UTC)');
	await page.keyboard.press('Shift+ArrowRight');
	await expect(handle).toHaveAttribute('aria-valuetext', '12 March 2025, 04:45 (UTC)');

	// At +05:30 the steps land on that clock's hours, where its (hourly) ticks are.
	await openDataset(
		page,
		{
			version: 1,
			title: 'Half-hour clock',
			displayOffset: '+05:30',
			places: [],
			events: [
				{ id: 'dawn', title: 'Dawn', date: '2022-02-24T00:30+05:30' },
				{ id: 'morning', title: 'Morning', date: '2022-02-24T09:47+05:30' },
				{ id: 'evening', title: 'Evening', date: '2022-02-24T20:00+05:30' }
			]
		},
		'&from=2022-02-23T20:00Z&to=2022-02-24T14:00Z&t=2022-02-24T04:17Z'
	);
	await expect(handle).toHaveAttribute('aria-valuetext', '24 February 2022, 09:47 (UTC+5:30)');
	await handle.focus();
	await page.keyboard.press('Shift+ArrowRight');
	await expect(handle).toHaveAttribute('aria-valuetext', '24 February 2022, 10:00 (UTC+5:30)');
	await page.keyboard.press('Shift+ArrowRight');
	await expect(handle).toHaveAttribute('aria-valuetext', '24 February 2022, 11:00 (UTC+5:30)');
	await page.keyboard.press('Shift+ArrowLeft');
	await page.keyboard.press('Shift+ArrowLeft');
	await expect(handle).toHaveAttribute('aria-valuetext', '24 February 2022, 09:00 (UTC+5:30)');
	await expect(page.locator('.timeline .axis text', { hasText: /^10:00$/ })).toHaveCount(1);
});

/** Data time per real time while playing, measured in the page over `ms` of its own clock. */
async function playbackRate(page: Page, ms: number): Promise<number> {
	return page.evaluate(async (ms) => {
		const handle = document.querySelector('[role="slider"]')!;
		const read = () => Number(handle.getAttribute('aria-valuenow'));
		const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
		await frame();
		const [start, from] = [performance.now(), read()];
		await new Promise((resolve) => setTimeout(resolve, ms));
		await frame();
		return (read() - from) / (performance.now() - start);
	}, ms);
}

const HOUR = 3_600_000;

for (const { name, path, from, range } of [
	{
		name: 'a decade',
		from: Date.UTC(2014, 5, 1),
		path: '/?from=2014-06-01&to=2023-06-01&t=2014-07-01',
		range: Date.UTC(2023, 5, 1) - Date.UTC(2014, 5, 1)
	},
	{
		name: 'an afternoon',
		from: Date.UTC(2025, 2, 12, 12),
		path: '/?data=/examples/earthquakes.geojson&from=2025-03-12T12:00Z&to=2025-03-12T18:00Z&t=2025-03-12T12:17Z',
		range: 6 * HOUR
	}
]) {
	test(`playback crosses ${name} in view in about 20 s, and 4× four times faster`, async ({
		page
	}) => {
		await open(page, path);
		await page.getByRole('button', { name: 'Play' }).click();
		// The whole visible range in 20 s at 1×: a decade moves about half a year a second, an
		// afternoon about eighteen minutes. Timings are loose: the machine may be busy.
		const expected = range / 20_000;
		const atOne = await playbackRate(page, 1500);
		expect(atOne).toBeGreaterThan(expected * 0.6);
		expect(atOne).toBeLessThan(expected * 1.4);
		await page.getByRole('combobox', { name: 'Playback speed' }).selectOption('4');
		const atFour = await playbackRate(page, 1000);
		expect(atFour / atOne).toBeGreaterThan(2.5);
		expect(atFour / atOne).toBeLessThan(5.5);
		await page.getByRole('button', { name: 'Pause' }).click();
		// Neither end crawls or leaps: after 2.5 s, well inside the range and past its start.
		const now = Number(await handleOf(page).getAttribute('aria-valuenow'));
		expect(now - from).toBeLessThan(range);
		expect(now - from).toBeGreaterThan(range / 20);
	});
}
