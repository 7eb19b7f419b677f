import type { Browser } from '@playwright/test';
import { openIsolatedPage } from './browser';
import { chronomapReady, timeToInteractive } from './measureInteractive';
import { summarize, type Summary } from './stats';

export interface FirstSearchReport {
	events: number;
	places: number;
	query: string;
	runs: number;
	/** How long the page was left alone after it was usable before the first key. */
	settleMs: number;
	/** From the first key of the first query typed after load to the matches shown. */
	firstResultMs: Summary;
	/** The longest main-thread task in that time. */
	longestTaskMs: Summary;
	/** Runs where "Preparing search…" was seen: the index was not ready when the query was. */
	preparing: number;
}

/** The file name of a first-search dataset under /bench-data/. */
export const firstSearchData = ({ events, places }: { events: number; places: number }) =>
	`search-${events}-${places}p.json`;

/** In the page: notes the first key pressed, long tasks, and when the match count appears. */
const RECORDER = `(() => {
	const bench = (window.__search = { firstKey: 0, shown: 0, tasks: [], preparing: false });
	addEventListener('keydown', (event) => {
		if (!bench.firstKey) bench.firstKey = performance.now();
	}, { capture: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) bench.tasks.push([entry.startTime, entry.duration]);
	}).observe({ type: 'longtask' });
	const matches = document.querySelector('.filters p.matches');
	new MutationObserver(() => {
		const text = matches.textContent ?? '';
		if (/\\d/.test(text) && !bench.shown) bench.shown = performance.now();
		else if (text.includes('…')) bench.preparing = true;
	}).observe(matches, { subtree: true, childList: true, characterData: true });
})()`;

/**
 * Opens the full page on a large dataset and, as soon as it is usable, types a query into the
 * search box as a reader would (a key every 60 ms): how long until the matches are shown, and
 * the longest main-thread task meanwhile. The index may still be building when the keys come,
 * which is the case this measures.
 */
export async function measureFirstSearch(
	browser: Browser,
	origin: string,
	path: string,
	{
		events,
		places,
		runs,
		query = '1234',
		settleMs = 0
	}: { events: number; places: number; runs: number; query?: string; settleMs?: number }
): Promise<FirstSearchReport> {
	const firstResult: number[] = [];
	const longest: number[] = [];
	let preparing = 0;
	for (let run = 0; run < runs; run++) {
		const { context, page } = await openIsolatedPage(browser, origin);
		try {
			await timeToInteractive(page, origin + path, chronomapReady, 120_000);
			// With settleMs, the page has had time to prepare the index before the reader types.
			if (settleMs) await page.waitForTimeout(settleMs);
			await page.evaluate(RECORDER);
			await page.getByRole('searchbox').first().pressSequentially(query, { delay: 60 });
			await page.waitForFunction(
				() => (window as unknown as { __search: { shown: number } }).__search.shown > 0,
				undefined,
				{ timeout: 120_000, polling: 100 }
			);
			const recorded = await page.evaluate(
				() =>
					(
						window as unknown as {
							__search: { firstKey: number; shown: number; tasks: number[][]; preparing: boolean };
						}
					).__search
			);
			firstResult.push(recorded.shown - recorded.firstKey);
			const during = recorded.tasks.filter(
				([start, duration]) => start + duration > recorded.firstKey && start < recorded.shown
			);
			longest.push(Math.max(0, ...during.map(([, duration]) => duration)));
			if (recorded.preparing) preparing++;
		} finally {
			await context.close();
		}
	}
	return {
		events,
		places,
		query,
		runs,
		settleMs,
		firstResultMs: summarize(firstResult),
		longestTaskMs: summarize(longest),
		preparing
	};
}

/** The report's section. */
export function formatFirstSearch(report: FirstSearchReport): string {
	const ms = (value: number) => value.toFixed(0);
	return [
		`### First search after load, ${report.events.toLocaleString('en')} events at ${report.places.toLocaleString('en')} places`,
		'',
		`"${report.query}" typed a key every 60 ms as soon as the page is usable; medians of ${report.runs} loads.`,
		'',
		'| first matches shown (ms) | longest main-thread task (ms) | loads that showed "Preparing search…" |',
		'| --- | --- | --- |',
		`| ${ms(report.firstResultMs.median)} (max ${ms(report.firstResultMs.max)}) | ${ms(report.longestTaskMs.median)} (max ${ms(report.longestTaskMs.max)}) | ${report.preparing} of ${report.runs} |`,
		''
	].join('\n');
}
