import type { Browser } from '@playwright/test';
import { openIsolatedPage } from './browser';
import { measureBytes, type ByteReport } from './measureBytes';
import {
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

/**
 * Chronomap's embed against TimelineJS 3 on the same article events, with the stack-floor page
 * as a third: bytes on first view and time to interactive over alternating loads (A/B/C), so
 * drift in the machine hits all alike.
 */
export async function compareLoads(
	browser: Browser,
	origins: Origins,
	plan: Plan,
	log: (line: string) => void
): Promise<Comparison> {
	log('bytes on first view');
	const bytes = {
		chronomap: await bytesOnce(browser, origins.app, '/embed/', chronomapReady),
		timelinejs: await bytesOnce(browser, origins.timelinejs, '/', timelinejsReady),
		floor: await bytesOnce(browser, origins.floor, '/', chronomapReady)
	};
	const chronomap: Load[] = [];
	const timelinejs: Load[] = [];
	const floor: Load[] = [];
	for (let run = 0; run < plan.loads; run++) {
		log(`time to interactive, article data, run ${run + 1}/${plan.loads}`);
		chronomap.push(await loadOnce(browser, origins.app, '/embed/', chronomapReady));
		timelinejs.push(await loadOnce(browser, origins.timelinejs, '/', timelinejsReady));
		floor.push(await loadOnce(browser, origins.floor, '/', chronomapReady));
	}
	const atScale: number[] = [];
	for (let run = 0; run < plan.timelinejsScaleLoads; run++) {
		log(`TimelineJS with 1,000 events, run ${run + 1}/${plan.timelinejsScaleLoads}`);
		const load = await loadOnce(browser, origins.timelinejs, '/?data=1000.json', timelinejsReady);
		atScale.push(load.ms);
	}
	const tti = {
		chronomap: summarize(chronomap.map((load) => load.ms)),
		timelinejs: summarize(timelinejs.map((load) => load.ms)),
		floor: summarize(floor.map((load) => load.ms))
	};
	return {
		bytes,
		tti: {
			...tti,
			ratio: tti.chronomap.median / tti.timelinejs.median,
			floorRatio: tti.floor.median / tti.timelinejs.median
		},
		timelinejsAt1000: summarize(atScale),
		blocked: {
			chronomap: chronomap.map((load) => load.blocked.length),
			timelinejs: timelinejs.map((load) => load.blocked.length),
			timelinejsUrls: [...new Set(timelinejs.flatMap((load) => load.blocked))]
		}
	};
}
