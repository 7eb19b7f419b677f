import type { Browser } from '@playwright/test';
import { openIsolatedPage } from './browser';
import { chronomapReady, heapAfterLoad, timeToInteractive } from './measureInteractive';
import { measureScrub, type ScrubReport } from './measureScrub';
import { summarize, type Summary } from './stats';
import { dataName, type Plan } from './plan';

export interface ScaleRow {
	events: number;
	/** Distinct places, when the dataset has its own; absent for the fixed 50 places. */
	places?: number;
	tti: Summary;
	heapBytes: number;
	scrub: ScrubReport;
}

/** The embed's path for a dataset size; 0 events stands for the article's own data. */
export const dataPath = (size: { events: number; places?: number }) =>
	size.events ? `/embed/?data=/bench-data/${dataName(size)}.json` : '/embed/';

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
	for (const size of [{ events: 0, loads: 1 }, ...plan.sizes]) {
		const { events, loads } = size;
		const places = 'places' in size ? size.places : undefined;
		const times: number[] = [];
		let heapBytes = 0;
		let scrub: ScrubReport | undefined;
		for (let run = 0; run < loads; run++) {
			log(
				`${events ? dataName(size) : 'article'} events, load ${run + 1}/${loads}${run === loads - 1 ? ' and scrub' : ''}`
			);
			const { context, page } = await openIsolatedPage(browser, origin);
			try {
				times.push(await timeToInteractive(page, origin + dataPath(size), chronomapReady));
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
		rows.push({
			events: events || articleEvents,
			...(places === undefined ? {} : { places }),
			tti: summarize(times), heapBytes, scrub: scrub! });
	}
	return rows;
}
