import type { Browser } from '@playwright/test';
import { openIsolatedPage } from './browser';
import { measureBytes, type ByteReport } from './measureBytes';
import {
	chronomapDrawn,
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

export interface Comparison {
	bytes: { chronomap: ByteReport; timelinejs: ByteReport; floor: ByteReport };
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
		return { ms, blocked: [...blocked] };
	} finally {
		await context.close();
	}
}

async function bytesOnce(browser: Browser, origin: string, path: string, ready: ReadyCheck) {
	const { context, page } = await openIsolatedPage(browser, origin);
	try {
		return await measureBytes(page, origin + path, ready);
	} finally {
		await context.close();
	}
}

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
		chronomap: await bytesOnce(browser, origins.app, '/embed/', chronomapDrawn),
		timelinejs: await bytesOnce(browser, origins.timelinejs, '/', timelinejsReady),
		floor: await bytesOnce(browser, origins.floor, '/', chronomapReady)
	};
	const loads = { chronomap: [] as Load[], timelinejs: [] as Load[], floor: [] as Load[] };
	const pages = [
		{ name: 'chronomap', origin: origins.app, path: '/embed/', ready: chronomapDrawn },
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
			ready: chronomapDrawn
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
