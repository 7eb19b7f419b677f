import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';

const fixture = readFileSync('tests/fixtures/data/provenance.json');

/** Serves the provenance fixture at the same-origin path /fixtures/provenance.json. */
async function serveFixture(page: Page) {
	await page.route(
		(url) => url.pathname === '/fixtures/provenance.json',
		(route) => route.fulfill({ contentType: 'application/json', body: fixture })
	);
}

const details = (page: Page) => page.getByRole('region', { name: 'Event details' });
const footer = (page: Page) => page.getByRole('contentinfo', { name: 'About the data' });

test.describe('sources, verification and the update log', () => {
	test.beforeEach(async ({ page }) => {
		await serveFixture(page);
		await openApp(page, '/?data=/fixtures/provenance.json&event=press-conference');
	});

	test('an event lists its sources, numbered, with hosts and an archived copy', async ({
		page
	}) => {
		const sources = details(page).getByRole('region', { name: 'Sources' });
		const items = sources.getByRole('listitem');
		await expect(items).toHaveCount(3);
		const nato = items.nth(0).getByRole('link', { name: 'Joint press conference' });
		await expect(nato).toHaveAttribute(
			'href',
			'https://www.nato.int/cps/en/natohq/opinions_220214.htm'
		);
		await expect(nato).toHaveAttribute('rel', 'noopener noreferrer');
		await expect(items.nth(0)).toContainText(
			'(nato.int), NATO, 20 November 2023; accessed 2 December 2026'
		);
		const archive = items.nth(0).getByRole('link', { name: 'archived copy' });
		await expect(archive).toHaveAttribute('href', /^https:\/\/web\.archive\.org\/web\//);
		await expect(archive).toHaveAttribute('rel', 'noopener noreferrer');
		// A user name before "@" would make the link look like reuters.com: it is not linked.
		await expect(items.nth(1)).toHaveText('A link with a user name');
		await expect(items.nth(1).getByRole('link')).toHaveCount(0);
		await expect(items.nth(2)).toHaveText(
			'A printed source without a link, Print Weekly, November 2023'
		);
	});

	test('the quote stays captioned by its own source, with the host beside the link', async ({
		page
	}) => {
		const caption = details(page).locator('figcaption');
		await expect(caption).toHaveText('Source: The story (news.example)');
		await expect(caption.getByRole('link', { name: 'The story' })).toHaveAttribute(
			'href',
			'https://news.example/story'
		);
		// An event's own source without a link never borrows the dataset's address.
		await page.getByRole('button', { name: /Previous event/ }).click();
		await expect(details(page)).toHaveAttribute('data-event-id', 'santiago-claim');
		await expect(details(page).locator('figcaption')).toHaveText(
			"Source: The event's own source, without a link"
		);
		await expect(details(page).locator('figcaption a')).toHaveCount(0);
	});

	test('each state of verification is a badge with its explanation', async ({ page }) => {
		const badge = details(page).locator('.verified');
		await expect(badge).toHaveText('Confirmed Sources other than the article bear this out.');
		const previous = page.getByRole('button', { name: /Previous event/ });
		await previous.click();
		await expect(badge).toHaveText(
			'Unconfirmed Only the article reports this; no other source was found.'
		);
		await previous.click();
		await expect(details(page)).toHaveAttribute('data-event-id', 'nairobi-report');
		await expect(badge).toHaveText('Disputed Other sources contradict this.');
		await expect(details(page).getByText("Editor's note")).toHaveCount(0);
	});

	test('"Updated" opens the corrections log, newest first, beside licence and report link', async ({
		page
	}) => {
		const summary = footer(page).getByText('Updated 3 December 2023');
		await expect(footer(page).locator('.changes li').first()).toBeHidden();
		await summary.click();
		const entries = footer(page).locator('.changes li');
		await expect(entries).toHaveText([
			/^3 December 2023: Split the tour/,
			'28 November 2023: Dated the Santiago meeting to the day.'
		]);
		await expect(footer(page)).toContainText('Licence: CC BY 4.0');
		await expect(footer(page).getByRole('link', { name: 'Report an error' })).toHaveAttribute(
			'href',
			'mailto:corrections@news.example'
		);
		await expect(footer(page).locator('.data-origin')).toHaveCount(0);
	});

	test('the embed shows the update log too', async ({ page }) => {
		await openApp(page, '/embed/?data=/fixtures/provenance.json');
		await footer(page).getByText('Updated 3 December 2023').click();
		await expect(footer(page).locator('.changes li')).toHaveCount(2);
	});
});

test.describe('Get the data', () => {
	test('downloads exactly the events shown, as JSON with a citation and as safe CSV', async ({
		page
	}) => {
		await serveFixture(page);
		await openApp(page, '/?data=/fixtures/provenance.json');
		await page.getByRole('group', { name: 'Filters' }).getByLabel('Claim').uncheck();
		await expect(page.getByText('2 of 3 events shown', { exact: true })).toBeVisible();
		const getData = page.getByRole('group', { name: 'Get the data' });
		await expect(getData).toContainText('The 2 of 3 events shown');

		const [jsonDownload] = await Promise.all([
			page.waitForEvent('download'),
			getData.getByRole('button', { name: 'Chronomap JSON' }).click()
		]);
		expect(jsonDownload.suggestedFilename()).toBe('provenance-fixture.json');
		const json = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8'));
		expect(json.events.map((event: { id: string }) => event.id)).toEqual([
			'nairobi-report',
			'press-conference'
		]);
		expect(json.citation).toEqual({
			title: 'Provenance fixture',
			source: 'The story, Example News, 2023-11-27',
			updated: '2023-12-03',
			url: page.url()
		});
		expect(json.events[1].sources).toHaveLength(3);

		const [csvDownload] = await Promise.all([
			page.waitForEvent('download'),
			getData.getByRole('button', { name: 'CSV for spreadsheets' }).click()
		]);
		expect(csvDownload.suggestedFilename()).toBe('provenance-fixture.csv');
		const csv = readFileSync((await csvDownload.path())!, 'utf8');
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const lines = csv.slice(1).trimEnd().split('\r\n');
		expect(lines).toHaveLength(1 + 2);
		expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
		expect(lines[1]).toContain(`"'-10 people said so"`);
		expect(lines[1]).toContain('"Nairobi",-1.29,36.82,');
	});

	test('the downloaded CSV opens again in Chronomap', async ({ page }) => {
		await serveFixture(page);
		await openApp(page, '/?data=/fixtures/provenance.json');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'CSV for spreadsheets' }).click()
		]);
		const buffer = readFileSync((await download.path())!);
		await page
			.locator('input[type="file"]')
			.setInputFiles({ name: 'again.csv', mimeType: 'text/csv', buffer });
		await expect(page.locator('.list tbody tr[data-event-id]')).toHaveCount(3);
		await expect(page.locator('.list tbody tr[data-event-id="nairobi-report"]')).toContainText(
			'=HYPERLINK("http://evil.example","click")'
		);
	});
});

test.describe('data from elsewhere is labelled as such', () => {
	// Another origin over https (the CSP's connect-src), answered by the test itself: no network.
	const otherOrigin = 'https://data.example';
	const foreign = readFileSync('tests/fixtures/data/foreign.json');
	test.beforeEach(async ({ page }) => {
		await page.route(`${otherOrigin}/foreign.json`, (route) =>
			route.fulfill({
				contentType: 'application/json',
				headers: { 'access-control-allow-origin': '*' },
				body: foreign
			})
		);
	});

	test('?data= on another origin says "Data from <host>" and "Note"', async ({ page }) => {
		await openApp(
			page,
			`/?data=${encodeURIComponent(`${otherOrigin}/foreign.json`)}&event=lima-event`
		);
		await expect(footer(page).locator('.data-origin')).toHaveText(
			'Data from data.example (not published by this site)'
		);
		await expect(details(page).locator('.note')).toHaveText(
			'Note: A note written by whoever made this file.'
		);
		await page.getByRole('button', { name: 'Embed' }).click();
		const dialog = page.getByRole('dialog');
		await expect(dialog.getByRole('note')).toContainText(
			'This snippet loads data from data.example, which this site did not publish.'
		);
		const code = dialog.getByRole('textbox', { name: 'Embed code' });
		await expect(code).toHaveValue('');
		await expect(dialog.getByRole('button', { name: 'Copy code' })).toBeDisabled();
		await dialog.getByLabel('Put this data address into the snippet').check();
		await expect(code).toHaveValue(/data=http/);
	});

	test('the embed labels foreign data too', async ({ page }) => {
		await openApp(page, `/embed/?data=${encodeURIComponent(`${otherOrigin}/foreign.json`)}`);
		await expect(footer(page).locator('.data-origin')).toContainText('Data from data.example');
	});

	test('an opened file says "Data from a local file" and "Note"', async ({ page }) => {
		await openApp(page, '/?event=stoltenberg-skopje-remarks');
		await expect(details(page).locator('.note strong')).toHaveText("Editor's note:");
		await expect(footer(page).locator('.data-origin')).toHaveCount(0);
		await page.locator('input[type="file"]').setInputFiles({
			name: 'mine.json',
			mimeType: 'application/json',
			buffer: foreign
		});
		await expect(footer(page).locator('.data-origin')).toHaveText(
			'Data from a local file (not published by this site)'
		);
		await page.getByRole('button', { name: 'An event in Lima', exact: true }).click();
		await expect(details(page).locator('.note strong')).toHaveText('Note:');
	});
});
