import { readFileSync } from 'node:fs';
import { test, expect, openApp } from './fixtures';
import type { Download, Page } from '@playwright/test';
import { appOrigin, hostOrigin, openArticle } from './embedHost';

test.use({ allowOrigins: [hostOrigin(appOrigin)] });

async function download(page: Page, click: () => Promise<void>): Promise<Download> {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	return file;
}

test('"Download image" saves a 1200×900 PNG of the view, made in the page', async ({ page }) => {
	const requests: string[] = [];
	await openApp(page, '/?event=crimea-referendum-2014');
	page.on('request', (request) => requests.push(request.url()));
	const file = await download(page, () =>
		page.getByRole('button', { name: 'Download image' }).click()
	);
	expect(file.suggestedFilename()).toBe('chronomap.png');
	const bytes = readFileSync((await file.path())!);
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 900]);
	// Nothing was fetched for it but the page's own code (the fixture fails on any other origin).
	const origin = new URL(page.url()).origin;
	expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:'))).toEqual([]);
});

test('"Timeline as SVG" saves the timeline as drawn, with its labels as text', async ({ page }) => {
	await openApp(page, '/');
	const ticks = await page.locator('.timeline svg.plot text').allTextContents();
	const file = await download(page, () =>
		page.getByRole('button', { name: 'Timeline as SVG' }).click()
	);
	expect(file.suggestedFilename()).toBe('chronomap-timeline.svg');
	const svg = readFileSync((await file.path())!, 'utf8');
	expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
	expect(svg).not.toMatch(/<foreignObject|<image|<script|href=/);
	for (const tick of ticks.filter(Boolean).slice(0, 5)) expect(svg).toContain(`>${tick}</text>`);
});

test('in a frame sandboxed without downloads, the image offers the full page instead', async ({
	page,
	baseURL
}) => {
	const frame = await openArticle(page, baseURL!, {
		sandbox: 'allow-scripts allow-popups',
		width: 900,
		query: 'event=crimea-referendum-2014'
	});
	await expect(frame.getByRole('button', { name: 'Download image' })).toHaveCount(0);
	const link = frame.getByRole('link', { name: 'Download image (opens the full page)' });
	await expect(link).toHaveAttribute('target', '_blank');
	await expect(link).toHaveAttribute('href', `${baseURL}/?event=crimea-referendum-2014`);
});
