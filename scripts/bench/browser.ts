import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumLaunch } from '../chromiumLaunch';

export const VIEWPORT = { width: 1000, height: 700 };

/** Headless Debian Chromium with the same flags as the browser tests, so numbers compare. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch(chromiumLaunch);
}

/**
 * Runs one measurement in a browser of its own. One browser for the whole bench slowed the later
 * measurements: after 16 loads of 10,000 and 100,000 events, the slowest zoom step of a load
 * took 94–103 ms against 79 in a fresh browser, so results depended on what ran before them.
 */
export async function inFreshBrowser<T>(measure: (browser: Browser) => Promise<T>): Promise<T> {
	const browser = await launchBrowser();
	try {
		return await measure(browser);
	} finally {
		await browser.close();
	}
}

/** A fresh page whose requests off `origin` are blocked, and listed in `blocked`. */
export interface IsolatedPage {
	context: BrowserContext;
	page: Page;
	blocked: string[];
}

/**
 * Opens a page in a new context (empty cache, cache disabled) that may only reach `origin`:
 * the bench measures what is served locally and counts what a page tries to fetch elsewhere.
 */
export async function openIsolatedPage(browser: Browser, origin: string): Promise<IsolatedPage> {
	const context = await browser.newContext({
		viewport: VIEWPORT,
		locale: 'en-GB',
		timezoneId: 'UTC'
	});
	const blocked: string[] = [];
	await context.route(
		(url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
		(route) => {
			blocked.push(route.request().url());
			return route.abort('blockedbyclient');
		}
	);
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	return { context, page, blocked };
}
