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
}

export interface Comparison {
	bytes: { chronomap: ByteReport; timelinejs: ByteReport };
	tti: { chronomap: Summary; timelinejs: Summary; ratio: number };
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
 * Chronomap's embed against TimelineJS 3 on the same article events: bytes on first view and
 * time to interactive over alternating loads, so drift in the machine hits both alike.
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
		timelinejs: await bytesOnce(browser, origins.timelinejs, '/', timelinejsReady)
	};
	const chronomap: Load[] = [];
	const timelinejs: Load[] = [];
	for (let run = 0; run < plan.loads; run++) {
		log(`time to interactive, article data, run ${run + 1}/${plan.loads}`);
		chronomap.push(await loadOnce(browser, origins.app, '/embed/', chronomapReady));
		timelinejs.push(await loadOnce(browser, origins.timelinejs, '/', timelinejsReady));
	}
	const atScale: number[] = [];
	for (let run = 0; run < plan.timelinejsScaleLoads; run++) {
		log(`TimelineJS with 1,000 events, run ${run + 1}/${plan.timelinejsScaleLoads}`);
		const load = await loadOnce(browser, origins.timelinejs, '/?data=1000.json', timelinejsReady);
		atScale.push(load.ms);
	}
	const tti = {
		chronomap: summarize(chronomap.map((load) => load.ms)),
		timelinejs: summarize(timelinejs.map((load) => load.ms))
	};
	return {
		bytes,
		tti: { ...tti, ratio: tti.chronomap.median / tti.timelinejs.median },
		timelinejsAt1000: summarize(atScale),
		blocked: {
			chronomap: chronomap.map((load) => load.blocked.length),
			timelinejs: timelinejs.map((load) => load.blocked.length),
			timelinejsUrls: [...new Set(timelinejs.flatMap((load) => load.blocked))]
		}
	};
}
