import type { Page } from '@playwright/test';

export interface Paints {
	/** First contentful paint, ms from navigation start. */
	fcp: number;
	/** Largest contentful paint so far, ms from navigation start. */
	lcp: number;
	/** Cumulative layout shift from the start of the page, not counting shifts after input. */
	cls: number;
}

/**
 * In-page source, not a function: the bench runs under tsx, whose named-function helper would
 * not exist in the page. DevTools evaluation is not bound by the page's content policy.
 */
const READ_PAINTS = `new Promise((resolve) => {
	const read = (type) => new Promise((done) => {
		const observer = new PerformanceObserver((list) => {
			observer.disconnect();
			done(list.getEntries());
		});
		observer.observe({ type, buffered: true });
		// A type with no entries never calls back.
		setTimeout(() => { observer.disconnect(); done([]); }, 200);
	});
	Promise.all([read('paint'), read('largest-contentful-paint'), read('layout-shift')]).then(
		([paint, largest, shifts]) => {
			const fcp = paint.find((entry) => entry.name === 'first-contentful-paint');
			resolve({
				fcp: fcp ? fcp.startTime : NaN,
				lcp: largest.length ? largest[largest.length - 1].startTime : NaN,
				cls: shifts.reduce((sum, entry) => sum + (entry.hadRecentInput ? 0 : entry.value), 0)
			});
		}
	);
})`;

/**
 * Reads the page's paint and layout-shift entries with buffered PerformanceObservers, so they can
 * be read after the fact: call once the page is ready.
 */
export function measurePaints(page: Page): Promise<Paints> {
	return page.evaluate(READ_PAINTS) as Promise<Paints>;
}
