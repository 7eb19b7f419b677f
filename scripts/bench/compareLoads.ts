import type { Browser, Page } from '@playwright/test';
import { openIsolatedPage } from './browser';
import { measureBytes, type ByteReport, type LaterBytes } from './measureBytes';
import { measurePaints, type Paints } from './measurePaints';
import {
	chronomapAnswersKey,
	chronomapReady,
	timelinejsReady,
	timeToInteractive,
	type ReadyCheck
} from './measureInteractive';
import { summarize, type Summary } from './stats';
import type { Plan } from './plan';

export interface Origins {
	app: string;
	timelinejs: string;
	/** The stack-floor page: SvelteKit and Leaflet with the article's places and nothing else. */
	floor: string;
}

export interface PaintSummary {
	fcp: Summary;
	lcp: Summary;
	cls: Summary;
}

export interface Comparison {
	bytes: {
		chronomap: ByteReport & { later?: LaterBytes };
		timelinejs: ByteReport;
		floor: ByteReport;
	};
	/** First and largest contentful paint and layout shift of the article's loads. */
	paints: { chronomap: PaintSummary; timelinejs: PaintSummary };
	tti: {
		chronomap: Summary;
		timelinejs: Summary;
		floor: Summary;
		/** Chronomap / TimelineJS, medians. */
		ratio: number;
		/** The stack floor / TimelineJS, medians: the least any page on this stack can reach. */
		floorRatio: number;
	};
	timelinejsAt1000: Summary;
	/** Chronomap's embed with the same 1,000 events, loaded alternately with TimelineJS. */
	chronomapAt1000: Summary;
	/** Requests each page tried to make off its own origin, per load (all blocked). */
	blocked: { chronomap: number[]; timelinejs: number[]; timelinejsUrls: string[] };
}

interface Load {
	ms: number;
	blocked: string[];
	paints: Paints;
}

async function loadOnce(
	browser: Browser,
	origin: string,
	path: string,
	ready: ReadyCheck
): Promise<Load> {
	const { context, page, blocked } = await openIsolatedPage(browser, origin);
	try {
		const ms = await timeToInteractive(page, origin + path, ready);
		return { ms, blocked: [...blocked], paints: await measurePaints(page) };
	} finally {
		await context.close();
	}
}

async function bytesOnce(
	browser: Browser,
	origin: string,
	path: string,
	ready: ReadyCheck,
	interact?: (page: Page) => Promise<void>
) {
	const { context, page } = await openIsolatedPage(browser, origin);
	try {
		return await measureBytes(page, origin + path, ready, interact);
	} finally {
		await context.close();
	}
}

/**
 * The middle of three loads by first-view bytes. The map's code is asked for at idle, and on a
 * busy machine the browser is now and then idle before the handle first answers a key, which
 * counts the map in the first view of that one load; a real growth shows in every load.
 */
async function medianBytes<T extends { total: { gzip: number } }>(
	measure: () => Promise<T>
): Promise<T> {
	const reports: T[] = [];
	for (let load = 0; load < 3; load++) reports.push(await measure());
	return reports.sort((a, b) => a.total.gzip - b.total.gzip)[1];
}

/** A reader's first move on the map: the pointer comes over it; done once its countries are drawn. */
async function useMap(page: Page) {
	await page.hover('.map-area');
	await page.waitForSelector('.leaflet-container [data-country]', { timeout: 60_000 });
}

const summarizePaints = (loads: Load[]): PaintSummary => ({
	fcp: summarize(loads.map((load) => load.paints.fcp)),
	lcp: summarize(loads.map((load) => load.paints.lcp)),
	cls: summarize(loads.map((load) => load.paints.cls))
});

/** The list turned `run` places to the left, so each page takes each place in the order in turn. */
export const rotate = <T>(list: readonly T[], run: number) =>
	list.map((_, index) => list[(index + run) % list.length]);

/**
 * Chronomap's embed against TimelineJS 3 on the same article events (with the same eras and
 * notes), with the stack-floor page as a third: bytes on first view and time to interactive over
 * loads whose order rotates each run (A/B/C, B/C/A, C/A/B), so drift in the machine and a
 * warm or cold turn hit all alike; then both with 1,000 synthetic events, alternating the same
 * way. Chronomap counts as ready once its basemap is drawn, as its bytes include the basemap.
 */
export async function compareLoads(
	browser: Browser,
	origins: Origins,
	plan: Plan,
	log: (line: string) => void
): Promise<Comparison> {
	log('bytes on first view');
	const bytes = {
		chronomap: await medianBytes(() =>
			bytesOnce(browser, origins.app, '/embed/', chronomapAnswersKey, useMap)
		),
		timelinejs: await bytesOnce(browser, origins.timelinejs, '/', timelinejsReady),
		floor: await bytesOnce(browser, origins.floor, '/', chronomapReady)
	};
	const loads = { chronomap: [] as Load[], timelinejs: [] as Load[], floor: [] as Load[] };
	const pages = [
		{ name: 'chronomap', origin: origins.app, path: '/embed/', ready: chronomapAnswersKey },
		{ name: 'timelinejs', origin: origins.timelinejs, path: '/', ready: timelinejsReady },
		{ name: 'floor', origin: origins.floor, path: '/', ready: chronomapReady }
	] as const;
	for (let run = 0; run < plan.loads; run++) {
		log(`time to interactive, article data, run ${run + 1}/${plan.loads}`);
		for (const { name, origin, path, ready } of rotate(pages, run)) {
			loads[name].push(await loadOnce(browser, origin, path, ready));
		}
	}
	const atScale = { chronomap: [] as number[], timelinejs: [] as number[] };
	const pairs = [
		{
			name: 'chronomap',
			origin: origins.app,
			path: '/embed/?data=/bench-data/compare-1000.json',
			ready: chronomapAnswersKey
		},
		{ name: 'timelinejs', origin: origins.timelinejs, path: '/?data=1000.json', ready: timelinejsReady }
	] as const;
	for (let run = 0; run < plan.timelinejsScaleLoads; run++) {
		log(`Chronomap and TimelineJS with 1,000 events, run ${run + 1}/${plan.timelinejsScaleLoads}`);
		for (const { name, origin, path, ready } of rotate(pairs, run)) {
			atScale[name].push((await loadOnce(browser, origin, path, ready)).ms);
		}
	}
	const tti = {
		chronomap: summarize(loads.chronomap.map((load) => load.ms)),
		timelinejs: summarize(loads.timelinejs.map((load) => load.ms)),
		floor: summarize(loads.floor.map((load) => load.ms))
	};
	return {
		bytes,
		paints: {
			chronomap: summarizePaints(loads.chronomap),
			timelinejs: summarizePaints(loads.timelinejs)
		},
		tti: {
			...tti,
			ratio: tti.chronomap.median / tti.timelinejs.median,
			floorRatio: tti.floor.median / tti.timelinejs.median
		},
		timelinejsAt1000: summarize(atScale.timelinejs),
		chronomapAt1000: summarize(atScale.chronomap),
		blocked: {
			chronomap: loads.chronomap.map((load) => load.blocked.length),
			timelinejs: loads.timelinejs.map((load) => load.blocked.length),
			timelinejsUrls: [...new Set(loads.timelinejs.flatMap((load) => load.blocked))]
		}
	};
}
