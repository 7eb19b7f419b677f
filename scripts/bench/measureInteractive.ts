import type { Page } from '@playwright/test';

/**
 * An in-page check that returns `performance.now()` once the page is usable. A function, not
 * source text: the app's content policy forbids eval, which string checks would need.
 */
export type ReadyCheck = () => number | false | Promise<number | false>;

/**
 * Chronomap answers the keyboard: its timeline handle takes an arrow key and its value changes.
 * Presses Left (the view opens at its last event) on each frame until one is answered; the
 * value is read after Svelte's update, one microtask on.
 */
export const chronomapAnswersKey: ReadyCheck = () => {
	const handle = document.querySelector('.chronomap[data-status=ready] [role=slider]');
	if (!handle) return false;
	const before = handle.getAttribute('aria-valuenow');
	handle.dispatchEvent(
		new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, cancelable: true })
	);
	return Promise.resolve().then(
		() => handle.getAttribute('aria-valuenow') !== before && performance.now()
	);
};

/** Chronomap is usable: data loaded, the scrubber handle and the map's markers drawn. */
export const chronomapReady: ReadyCheck = () =>
	Boolean(
		document.querySelector('.chronomap[data-status=ready]') &&
		document.querySelector('[role=slider]') &&
		document.querySelector('.leaflet-container [data-place-id]')
	) && performance.now();

/**
 * Chronomap is usable and whole: as `chronomapReady`, and the basemap's countries drawn too,
 * since the byte count includes the basemap (the comparison with TimelineJS uses this).
 */
export const chronomapDrawn: ReadyCheck = () =>
	Boolean(
		document.querySelector('.chronomap[data-status=ready]') &&
		document.querySelector('[role=slider]') &&
		document.querySelector('.leaflet-container [data-place-id]') &&
		document.querySelector('.leaflet-container [data-country]')
	) && performance.now();

/** TimelineJS is usable: markers on its time navigation and a slide drawn. */
export const timelinejsReady: ReadyCheck = () =>
	Boolean(
		document.querySelector('.tl-timenav .tl-timemarker') && document.querySelector('.tl-slide')
	) && performance.now();

/**
 * Loads `url` and returns milliseconds from navigation start until `ready` holds, read in the
 * page on the animation frame where it first does, so test-harness round trips do not count.
 */
export async function timeToInteractive(
	page: Page,
	url: string,
	ready: ReadyCheck,
	timeout = 60_000
) {
	await page.goto(url, { waitUntil: 'commit', timeout });
	const handle = await page.waitForFunction(ready, null, {
		polling: 'raf',
		timeout
	});
	const time = (await handle.jsonValue()) as number;
	if (typeof time !== 'number' || !(time > 0)) throw new Error(`no ready time for ${url}`);
	return time;
}

/** The JS heap in use after a garbage collection: what the loaded page keeps alive. */
export async function heapAfterLoad(page: Page): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	await cdp.detach();
	return usedSize;
}
