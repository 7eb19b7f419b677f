import type { Browser } from '@playwright/test';
import { inFreshBrowser, openIsolatedPage } from './browser';
import { chronomapReady, heapAfterLoad, timeToInteractive } from './measureInteractive';
import { measureScrub, type ScrubReport } from './measureScrub';
import { summarize, type Summary } from './stats';
import { dataName, type Plan, type Size } from './plan';
import { zoomedRange } from './zoomedRange';

export interface ScaleRow {
	events: number;
	/** Distinct places, when the dataset has its own; absent for the fixed 50 places. */
	places?: number;
	/** Time to interactive on `/embed/`. */
	tti: Summary;
	/** Time to interactive on the full page `/`. */
	pageTti?: Summary;
	heapBytes: number;
	/** The whole track dragged on `/embed/`, the timeline showing the whole extent. */
	scrub: ScrubReport;
	/**
	 * The realistic scrub: the timeline zoomed in until each event is a mark, markers lighting up
	 * as the drag crosses them, on `/embed/` and on `/`.
	 */
	zoomed?: { embed: ScrubReport; page: ScrubReport };
}

/** A page's path for a dataset size; 0 events stands for the article's own data. */
export function dataPath(size: { events: number; places?: number }, page = '/embed/', query = '') {
	const data = size.events ? `data=/bench-data/${dataName(size)}.json` : '';
	const params = [data, query].filter(Boolean).join('&');
	return params ? `${page}?${params}` : page;
}

type Log = (line: string) => void;

async function load(browser: Browser, origin: string, path: string) {
	const { context, page } = await openIsolatedPage(browser, origin);
	const tti = await timeToInteractive(page, origin + path, chronomapReady).catch(
		async (error: unknown) => {
			await context.close();
			throw error;
		}
	);
	return { context, page, tti };
}

/** Loads `path`, lets deferred loading finish, and drags the scrubber once. */
async function scrubOnce(
	browser: Browser,
	origin: string,
	path: string,
	plan: Plan,
	expectFlips: boolean
) {
	const { context, page } = await load(browser, origin, path);
	try {
		await page.waitForLoadState('networkidle');
		return await measureScrub(page, { ...plan.scrub, expectFlips });
	} finally {
		await context.close();
	}
}

async function measureSize(
	browser: Browser,
	origin: string,
	plan: Plan,
	size: Size | { events: 0; loads: number; places?: undefined },
	log: Log
) {
	const name = size.events ? dataName(size) : 'article';
	const embedTimes: number[] = [];
	const pageTimes: number[] = [];
	let heapBytes = 0;
	let scrub: ScrubReport | undefined;
	const distinct = size.places !== undefined;
	for (let run = 0; run < size.loads; run++) {
		log(`${name}: load ${run + 1}/${size.loads}${run === size.loads - 1 ? ' and scrub' : ''}`);
		const { context, page, tti } = await load(browser, origin, dataPath(size));
		try {
			embedTimes.push(tti);
			if (run === size.loads - 1) {
				// Let the basemap and any deferred loading finish, so the scrub measures scrubbing.
				await page.waitForLoadState('networkidle');
				heapBytes = await heapAfterLoad(page);
				scrub = await measureScrub(page, plan.scrub);
			}
		} finally {
			await context.close();
		}
		if (distinct) {
			const full = await load(browser, origin, dataPath(size, '/'));
			pageTimes.push(full.tti);
			await full.context.close();
		}
	}
	const row: ScaleRow = { events: size.events, tti: summarize(embedTimes), heapBytes, scrub: scrub! };
	if (!distinct) return row;
	const { from, to } = zoomedRange(size.events);
	const query = `from=${from}&to=${to}`;
	log(`${name}: zoomed-in scrub on /embed/ and /`);
	return {
		...row,
		places: size.places,
		pageTti: summarize(pageTimes),
		zoomed: {
			embed: await scrubOnce(browser, origin, dataPath(size, '/embed/', query), plan, true),
			page: await scrubOnce(browser, origin, dataPath(size, '/', query), plan, true)
		}
	};
}

/**
 * Loads each dataset size (the embed, and for distinct-place data the full page too), then
 * drags the scrubber: across the whole track on the last embed load, recording frame gaps,
 * long tasks and the heap kept after loading; and, for distinct-place data, zoomed in on both
 * pages, where the drag must change markers.
 */
export async function measureScale(
	origin: string,
	plan: Plan,
	articleEvents: number,
	log: Log
): Promise<ScaleRow[]> {
	const rows: ScaleRow[] = [];
	for (const size of [{ events: 0 as const, loads: 1 }, ...plan.sizes]) {
		const row = await inFreshBrowser((browser) => measureSize(browser, origin, plan, size, log));
		rows.push(size.events ? row : { ...row, events: articleEvents });
	}
	return rows;
}
