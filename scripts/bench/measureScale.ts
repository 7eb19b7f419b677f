import type { Browser } from '@playwright/test';
import { openIsolatedPage } from './browser';
import { chronomapReady, heapAfterLoad, timeToInteractive } from './measureInteractive';
import { measureScrub, type ScrubReport } from './measureScrub';
import { summarize, type Summary } from './stats';
import type { Plan } from './plan';

export interface ScaleRow {
	events: number;
	tti: Summary;
	heapBytes: number;
	scrub: ScrubReport;
}

/** The embed's path for a dataset size; 0 stands for the article's own data. */
export const dataPath = (events: number) =>
	events ? `/embed/?data=/bench-data/${events}.json` : '/embed/';

/**
 * Loads the embed with each dataset size, then drags the scrubber across the whole track on
 * the last load, recording frame gaps, long tasks and the heap kept after loading.
 */
export async function measureScale(
	browser: Browser,
	origin: string,
	plan: Plan,
	articleEvents: number,
	log: (line: string) => void
): Promise<ScaleRow[]> {
	const rows: ScaleRow[] = [];
	for (const { events, loads } of [{ events: 0, loads: 1 }, ...plan.sizes]) {
		const times: number[] = [];
		let heapBytes = 0;
		let scrub: ScrubReport | undefined;
		for (let run = 0; run < loads; run++) {
			log(
				`${events || 'article'} events, load ${run + 1}/${loads}${run === loads - 1 ? ' and scrub' : ''}`
			);
			const { context, page } = await openIsolatedPage(browser, origin);
			try {
				times.push(await timeToInteractive(page, origin + dataPath(events), chronomapReady));
				if (run === loads - 1) {
					// Let the basemap and any deferred loading finish, so the scrub measures scrubbing.
					await page.waitForLoadState('networkidle');
					heapBytes = await heapAfterLoad(page);
					scrub = await measureScrub(page, plan.scrub.steps, plan.scrub.durationMs);
				}
			} finally {
				await context.close();
			}
		}
		rows.push({ events: events || articleEvents, tti: summarize(times), heapBytes, scrub: scrub! });
	}
	return rows;
}
