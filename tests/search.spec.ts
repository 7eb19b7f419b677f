import { test, expect, openApp } from './fixtures';
import { seriousViolations } from './axe';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { generateEvents } from '../scripts/generateEvents';

/** The article's events a word begins a word of (title, quote, note, actor, place names), read independently of the app. */
const article = JSON.parse(readFileSync('static/data/events.json', 'utf8')) as {
	places: { id: string; name: string }[];
	events: {
		id: string;
		title: string;
		quote?: string;
		note?: string;
		actor?: string;
		places?: string[];
	}[];
};
function articleMatches(word: string): string[] {
	const names = new Map(article.places.map((place) => [place.id, place.name]));
	const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${word}`, 'iu');
	return article.events
		.filter((event) =>
			[
				event.title,
				event.quote,
				event.note,
				event.actor,
				...(event.places ?? []).map((id) => names.get(id))
			].some((text) => text && pattern.test(text.normalize('NFD').replace(/\p{M}/gu, '')))
		)
		.map((event) => event.id);
}

const rows = (page: Page) => page.locator('.list tbody tr');
const mark = (page: Page, id: string) => page.locator(`.timeline .marks [data-event-id="${id}"]`);
const marker = (page: Page, id: string) =>
	page.locator(`.leaflet-container [data-place-id="${id}"]`);

test('?q=referendum lists only the matches and dims the rest on the timeline and map', async ({
	page
}) => {
	// axe-core's audit takes long in headless Chromium (see accessibility.spec.ts).
	test.slow();
	const expected = articleMatches('referendum');
	expect(expected).toContain('crimea-referendum-2014');
	await openApp(page, '/?q=referendum');
	await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('referendum');
	await expect(rows(page)).toHaveCount(expected.length);
	expect(
		(await rows(page).evaluateAll((list) => list.map((row) => row.dataset.eventId))).sort()
	).toEqual([...expected].sort());
	const n = expected.length;
	await expect(page.locator('.filters .matches')).toHaveText(`${n} of 33 events match`);
	await expect(page.locator('.filters .count')).toHaveText(`${n} of 33 events shown`);
	// The timeline keeps every mark for context and dims those that do not match.
	await expect(mark(page, 'crimea-referendum-2014')).not.toHaveAttribute('data-dimmed', /.*/);
	await expect(page.locator('.timeline .marks [data-dimmed="true"]')).not.toHaveCount(0);
	const undimmed = await page
		.locator('.timeline .marks [data-event-id]:not([data-dimmed])')
		.evaluateAll((marks) => marks.map((mark) => (mark as SVGElement).dataset.eventId));
	expect(undimmed.length).toBeGreaterThan(0);
	expect(undimmed.filter((id) => !expected.includes(id!))).toEqual([]);
	// The map too: Moscow has no referendum, Crimea has one.
	await expect(marker(page, 'moscow')).toHaveAttribute('data-dimmed', 'true');
	await expect(
		page.locator('.leaflet-container :is([data-place-id], [data-cluster]):not([data-dimmed])')
	).not.toHaveCount(0);
	expect(await seriousViolations(page)).toEqual([]);
});

test('typing searches after a pause, into the address; stepping follows the matches', async ({
	page
}) => {
	await openApp(page);
	const search = page.getByRole('searchbox', { name: 'Search events' });
	await search.fill('REFERÉNDUM');
	await expect(rows(page)).toHaveCount(articleMatches('referendum').length);
	await expect(page).toHaveURL(/[?&]q=REFER%C3%89NDUM/);
	// Accents, case and word prefixes: "stóltenb" finds Stoltenberg.
	const ids = articleMatches('stoltenb');
	expect(ids.length).toBeGreaterThan(1);
	await search.fill('stóltenb');
	await expect(page.locator('.filters .matches')).toHaveText(`${ids.length} of 33 events match`);
	expect(
		(await rows(page).evaluateAll((list) => list.map((row) => row.dataset.eventId))).sort()
	).toEqual([...ids].sort());
	await rows(page).first().getByRole('button').click();
	const listed = await rows(page).evaluateAll((list) => list.map((row) => row.dataset.eventId));
	await page.getByRole('button', { name: /^Next/ }).click();
	await expect(page.locator('.details')).toHaveAttribute('data-event-id', listed[1]!);
	// Escape clears the search and brings every event back.
	await search.press('Escape');
	await expect(rows(page)).toHaveCount(33);
	await expect(page).not.toHaveURL(/[?&]q=/);
});

test('"/" focuses the search, except while typing in a field', async ({ page }) => {
	await openApp(page);
	const search = page.getByRole('searchbox', { name: 'Search events' });
	await rows(page).first().getByRole('button').focus();
	await page.keyboard.press('/');
	await expect(search).toBeFocused();
	await page.keyboard.type('nato/');
	await expect(search).toHaveValue('nato/');
});

test('several actors, a place and Clear filters, all in the address', async ({ page }) => {
	await openApp(page, '/?actor=Sergei+Shoigu&actor=Jens+Stoltenberg');
	const shoigu = 2;
	const count = await rows(page).count();
	expect(count).toBeGreaterThan(shoigu);
	await expect(page.locator('.filters .count')).toHaveText(`${count} of 33 events shown`);
	await expect(page.getByRole('combobox', { name: 'Actor' })).toHaveValue(' several');
	// A single actor= keeps its meaning.
	await openApp(page, '/?actor=Sergei+Shoigu&place=moscow');
	await expect(rows(page)).toHaveCount(1);
	await expect(page.locator('.filters .count')).toHaveText('1 of 33 events shown');
	await expect(page.locator('.filters .places')).toContainText('Places chosen: 1');
	await expect(page.locator('.leaflet-container [data-place-id]')).toHaveCount(1);
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await expect(rows(page)).toHaveCount(33);
	await expect(page).not.toHaveURL(/actor=|place=/);
	await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);
});

test('"Show only these places" on a place\'s events filters by that place', async ({ page }) => {
	await openApp(page);
	await marker(page, 'skopje').click();
	const panel = page.getByRole('dialog', { name: 'Events at Skopje' });
	await panel.getByRole('button', { name: 'Show only these places' }).click();
	await expect(page).toHaveURL(/[?&]place=skopje/);
	const skopje = await rows(page).count();
	expect(skopje).toBeGreaterThan(1);
	await expect(page.locator('.filters .count')).toHaveText(`${skopje} of 33 events shown`);
	await expect(page.locator('.leaflet-container [data-place-id]')).toHaveCount(1);
});

/** Generated events served from the app's own origin, and the ids a word begins a word of (read independently). */
async function serveGenerated(page: Page, name: string, file: ReturnType<typeof generateEvents>) {
	const body = JSON.stringify(file);
	await page.route(`**/data/${name}`, (route) =>
		route.fulfill({ contentType: 'application/json', body })
	);
}
function generatedMatches(file: ReturnType<typeof generateEvents>, word: string): string[] {
	const names = new Map((file.places ?? []).map((place) => [place.id, place.name]));
	const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${word}`, 'iu');
	return file.events
		.filter((event) =>
			[
				event.title,
				event.quote,
				event.note,
				event.actor,
				...(event.places ?? []).map((id) => names.get(id))
			].some((text) => text && pattern.test(text))
		)
		.map((event) => event.id);
}

test('at 30,000 events the search is built in the background: typing never freezes the page', async ({
	page
}) => {
	test.setTimeout(90_000);
	const file = generateEvents(30_000, 1, { places: 3_000 });
	const expected = generatedMatches(file, '1234');
	expect(expected.length).toBeGreaterThan(5);
	await serveGenerated(page, 'large.json', file);
	// The search worker's script is held back until the test lets it through, so the query is
	// certain to come before the index.
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	let workerAsked = false;
	await page.route(/search\.worker[^/]*\.js$/, async (route) => {
		workerAsked = true;
		await released;
		await route.continue();
	});
	await page.goto('/?data=%2Fdata%2Flarge.json');
	await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'ready', {
		timeout: 30_000
	});
	const search = page.getByRole('searchbox', { name: 'Search events' });
	await search.fill('1234');
	// The page may still be drawing the map it just loaded: the query comes after that.
	await expect(page.locator('.filters .matches')).toHaveText('Preparing search…', {
		timeout: 15_000
	});
	await expect(page).toHaveURL(/[?&]q=1234/);
	// While the index is prepared, the page answers: the scrubber moves, every event is listed.
	const handle = page.getByRole('slider', { name: 'Current time' });
	await handle.focus();
	await page.keyboard.press('Home');
	const first = Number(await handle.getAttribute('aria-valuenow'));
	await page.keyboard.press('ArrowRight');
	await expect
		.poll(async () => Number(await handle.getAttribute('aria-valuenow')))
		.toBeGreaterThan(first);
	await expect(page.locator('.filters .count')).toHaveText('30000 of 30000 events shown');
	expect(workerAsked).toBe(true);
	release();
	await expect(page.locator('.filters .matches')).toHaveText(
		`${expected.length} of 30000 events match`,
		{ timeout: 30_000 }
	);
	expect(
		(await rows(page).evaluateAll((list) => list.map((row) => row.dataset.eventId))).sort()
	).toEqual([...expected].sort());
	// The density strip shows the search too: the matches are counted and drawn over the rest.
	await expect(page.locator('.timeline .density')).toHaveAttribute(
		'data-matched',
		String(expected.length)
	);
});

test('in Ukrainian, "й" finds Йосип and not Иосиф; in English it finds both', async ({ page }) => {
	const file = {
		version: 1 as const,
		title: 'Names',
		places: [],
		events: [
			{ id: 'yosyp', title: 'Йосип', date: '2001' },
			{ id: 'iosyf', title: 'Иосиф', date: '2002' },
			{ id: 'kyiv', title: 'Kyïv', date: '2003' }
		]
	};
	await serveGenerated(page, 'names.json', file);
	await openApp(page, '/?lang=uk&q=%D0%B9&data=%2Fdata%2Fnames.json');
	await expect(rows(page)).toHaveCount(1);
	await expect(rows(page).first()).toHaveAttribute('data-event-id', 'yosyp');
	await openApp(page, '/?lang=uk&q=kyiv&data=%2Fdata%2Fnames.json');
	await expect(rows(page)).toHaveCount(1);
	await openApp(page, '/?lang=en&q=%D0%B9&data=%2Fdata%2Fnames.json');
	await expect(rows(page)).toHaveCount(2);
});
