import type { Browser } from '@playwright/test';
import { openIsolatedPage } from './browser';
import { chronomapReady, timeToInteractive } from './measureInteractive';
import { summarize, type Summary } from './stats';

export interface ZoomReport {
	places: number;
	/** Click on a zoom button to the frame after the markers and clusters last changed, per step. */
	steps: Summary;
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

/**
 * Loads a map of `places` distinct places and zooms in and back out a step at a time. Motion is
 * reduced, so a step times Chronomap's clustering and marker work rather than Leaflet's fixed
 * 250 ms zoom animation.
 */
export async function measureMapZoom(
	browser: Browser,
	origin: string,
	path: string,
	places: number,
	stepsEachWay = 4
): Promise<ZoomReport> {
	const { context, page } = await openIsolatedPage(browser, origin);
	try {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await timeToInteractive(page, origin + path, chronomapReady);
		await page.waitForLoadState('networkidle');
		await page.evaluate(LONG_TASKS);
		const times: number[] = [];
		const markers: number[] = [];
		for (const button of ['in', 'out'] as const) {
			for (let step = 0; step < stepsEachWay; step++) {
				const [ms, count] = (await page.evaluate(zoomStep(button))) as [number, number];
				times.push(ms);
				markers.push(count);
			}
		}
		const longTasks = (await page.evaluate('window.__zoomLongTasks')) as number[];
		return {
			places,
			steps: summarize(times),
			markers: summarize(markers),
			longTasks: { count: longTasks.length, maxMs: Math.max(0, ...longTasks) }
		};
	} finally {
		await context.close();
	}
}
