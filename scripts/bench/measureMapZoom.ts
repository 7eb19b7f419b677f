import type { Browser } from '@playwright/test';
import { openIsolatedPage } from './browser';
import { chronomapDrawn, chronomapReady, timeToInteractive } from './measureInteractive';
import { summarize, type Summary } from './stats';

export interface ZoomReport {
	places: number;
	/** Zoomed on a map at rest (countries drawn, a second on), or as soon as its markers showed. */
	atRest: boolean;
	/** Click on a zoom button to the frame after the markers and clusters last changed, per step. */
	steps: Summary;
	/** The slowest step of each load: on a noisy machine, the budget takes their median. */
	slowest: Summary;
	/** Markers and clusters in the page after each step: what the view costs, not the dataset. */
	markers: Summary;
	longTasks: { count: number; maxMs: number };
}

/**
 * One zoom step in the page: clicks the button, watches the marker pane, and resolves with the
 * time to the first frame after its last change (once 150 ms pass with none) and the markers drawn.
 */
const zoomStep = (button: 'in' | 'out') => `new Promise((resolve) => {
	const pane = document.querySelector('.leaflet-marker-pane');
	const started = performance.now();
	let changed = started;
	let settled = started;
	const observer = new MutationObserver(() => (changed = performance.now()));
	observer.observe(pane, { subtree: true, childList: true, attributes: true });
	const watch = (time) => {
		if (changed >= settled) settled = time;
		if (time - changed < 150) return requestAnimationFrame(watch);
		observer.disconnect();
		resolve([settled - started, pane.querySelectorAll('[data-place-id], [data-cluster]').length]);
	};
	document.querySelector('.leaflet-control-zoom-${button}').click();
	requestAnimationFrame(watch);
})`;

const LONG_TASKS = `(() => {
	window.__zoomLongTasks = [];
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) window.__zoomLongTasks.push(entry.duration);
	}).observe({ type: 'longtask' });
})()`;

/** How long a map at rest has been drawn before the first step. */
export const REST_MS = 1_000;

/**
 * Loads a map of `places` distinct places and zooms in and back out a step at a time. Motion is
 * reduced, so a step times Chronomap's clustering and marker work rather than Leaflet's fixed
 * 250 ms zoom animation.
 *
 * At rest, the steps begin once the basemap's countries are drawn and a second has passed, as a
 * reader's first zoom would: the basemap arrives after the markers, and the next zoom levels'
 * clusters are prepared while the browser is idle. Otherwise they begin as soon as the markers
 * show, while both may still be under way.
 */
export async function measureMapZoom(
	browser: Browser,
	origin: string,
	path: string,
	places: number,
	{ atRest = true, loads = 1, stepsEachWay = 4 } = {}
): Promise<ZoomReport> {
	const times: number[] = [];
	const slowest: number[] = [];
	const markers: number[] = [];
	const longTasks: number[] = [];
	for (let load = 0; load < loads; load++) {
		const { context, page } = await openIsolatedPage(browser, origin);
		try {
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await timeToInteractive(page, origin + path, atRest ? chronomapDrawn : chronomapReady);
			if (atRest) await page.waitForTimeout(REST_MS);
			await page.evaluate(LONG_TASKS);
			const steps: number[] = [];
			for (const button of ['in', 'out'] as const) {
				for (let step = 0; step < stepsEachWay; step++) {
					const [ms, count] = (await page.evaluate(zoomStep(button))) as [number, number];
					steps.push(ms);
					markers.push(count);
				}
			}
			times.push(...steps);
			slowest.push(Math.max(...steps));
			longTasks.push(...((await page.evaluate('window.__zoomLongTasks')) as number[]));
		} finally {
			await context.close();
		}
	}
	return {
		places,
		atRest,
		steps: summarize(times),
		slowest: summarize(slowest),
		markers: summarize(markers),
		longTasks: { count: longTasks.length, maxMs: Math.max(0, ...longTasks) }
	};
}
