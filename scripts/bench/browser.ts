import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumLaunch } from '../chromiumLaunch';

export const VIEWPORT = { width: 1000, height: 700 };

/**
 * Every request off this machine goes to a proxy that is not there (port 9, where nothing
 * listens), so it fails at once and nothing leaves; Chromium never sends its own machine's
 * addresses through a proxy, so the bench's servers answer as they would without it.
 */
export const NO_NETWORK = '--proxy-server=127.0.0.1:9';

/**
 * Headless Debian Chromium with the same flags as the browser tests, so numbers compare, and no
 * way off this machine (NO_NETWORK).
 */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ ...chromiumLaunch, args: [...chromiumLaunch.args, NO_NETWORK] });
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

/**
 * The addresses of pages the browser loads of its own accord when a window (a browser context)
 * opens, such as the address bar's pop-up that Chromium 156 loads beside every page unless
 * `chromiumLaunch` turns it off: each would load beside every page the bench measures and slow
 * it, so the report names any that a newer Chromium adds.
 */
export async function pagesOfItsOwn(browser: Browser, settleMs = 1000): Promise<string[]> {
	const context = await browser.newContext();
	try {
		await context.newPage();
		await new Promise((done) => setTimeout(done, settleMs));
		const session = await browser.newBrowserCDPSession();
		const { targetInfos } = await session.send('Target.getTargets');
		await session.detach();
		return targetInfos
			.filter((target) => target.type === 'browser_ui' || /^chrome(-untrusted)?:/.test(target.url))
			.map((target) => target.url);
	} finally {
		await context.close();
	}
}

/** A fresh page, and the requests it made off `origin`, listed in `blocked`. */
export interface IsolatedPage {
	context: BrowserContext;
	page: Page;
	blocked: string[];
}

/**
 * Opens a page in a new context (empty cache, cache disabled) whose requests off `origin` are
 * listed: the bench measures what is served locally and counts what a page tries to fetch
 * elsewhere. The browser (launchBrowser) makes every such request off this machine fail.
 *
 * They are listed, not stopped by a route: a route sends every request of the page, the app's
 * own included, through this process to be matched first: at 100,000 events that made the embed
 * interactive about 300 ms later (docs/performance.md), time no reader's browser spends.
 */
export async function openIsolatedPage(browser: Browser, origin: string): Promise<IsolatedPage> {
	const context = await browser.newContext({
		viewport: VIEWPORT,
		locale: 'en-GB',
		timezoneId: 'UTC'
	});
	const blocked: string[] = [];
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') {
			blocked.push(request.url());
		}
	});
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	return { context, page, blocked };
}
