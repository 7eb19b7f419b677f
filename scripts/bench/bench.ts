/**
 * `npm run bench [-- --quick] [-- --no-build]`: builds the app, serves it and TimelineJS 3 on
 * local ports, measures bytes, load time and scrubbing at scale in headless Chromium, prints a
 * Markdown report with budget marks and writes bench/results.json. Missing a budget is
 * reported, not fatal; failing to measure exits non-zero, and so does a first view of `/embed/`
 * grown more than 5 KB gzip over the figure in first-view-bytes.json (firstViewGate.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser } from '@playwright/test';
import { serveStatic } from '../serveStatic';
import { generateEvents } from '../generateEvents';
import type { DatasetFile } from '../../src/lib/data/schema';
import { inFreshBrowser, launchBrowser, pagesOfItsOwn } from './browser';
import { checkBudgets } from './budgets';
import { checkFirstViewGate, type RecordedFirstView } from './firstViewGate';
import { compareLoads } from './compareLoads';
import { formatReport } from './formatTable';
import { measureMapZoom } from './measureMapZoom';
import { measureScale } from './measureScale';
import { formatSearch, measureSearch } from './measureSearch';
import { firstSearchData, formatFirstSearch, measureFirstSearch } from './measureFirstSearch';
import { FULL, QUICK, dataName } from './plan';
import { writeTimelineJsSite } from './timelinejsPage';

const args = new Set(process.argv.slice(2));
const plan = args.has('--quick') ? QUICK : FULL;
const out = process.env.CHRONOMAP_OUT ?? 'build-bench';
const firstPort = Number(process.env.CHRONOMAP_BENCH_PORT ?? 4190);
const started = Date.now();
const log = (line: string) =>
	console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${line}`);

/** The stack-floor page's build, beside the app's. */
const floorOut = `${out}-floor`;

function build(dir: string, routes?: string) {
	log(`building into ${dir}`);
	const result = spawnSync('npx', ['vite', 'build'], {
		env: {
			...process.env,
			CHRONOMAP_OUT: dir,
			...(routes ? { CHRONOMAP_ROUTES: routes } : {})
		},
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	if (result.status !== 0) {
		process.stderr.write(result.stdout + result.stderr);
		throw new Error('the build failed');
	}
}

/** The dataset for timing map zoom steps: two events at each place. */
const ZOOM_DATA = 'zoom.json';

/** Synthetic datasets beside the built app, and TimelineJS with the same events on its own site. */
function writeData(timelinejsDir: string): number {
	const article = JSON.parse(readFileSync('static/data/events.json', 'utf8')) as DatasetFile;
	mkdirSync(join(out, 'bench-data'), { recursive: true });
	for (const size of plan.sizes) {
		writeFileSync(
			join(out, 'bench-data', `${dataName(size)}.json`),
			JSON.stringify(generateEvents(size.events, 1, { places: size.places, notes: size.notes }))
		);
	}
	if (plan.zoomPlaces) {
		const zoomData = generateEvents(plan.zoomPlaces * 2, 1, { places: plan.zoomPlaces });
		writeFileSync(join(out, 'bench-data', ZOOM_DATA), JSON.stringify(zoomData));
	}
	// The 1,000-event comparison: distinct places, notes and eras, the same for both.
	for (const size of plan.firstSearch) {
		writeFileSync(
			join(out, 'bench-data', firstSearchData(size)),
			JSON.stringify(generateEvents(size.events, 1, size.places ? { places: size.places } : {}))
		);
	}
	const compared = generateEvents(1_000, 1, { places: 100 });
	writeFileSync(join(out, 'bench-data', 'compare-1000.json'), JSON.stringify(compared));
	writeTimelineJsSite(timelinejsDir, { article, 1000: compared });
	return article.events.length;
}

const portIsFree = (port: number) =>
	new Promise<boolean>((done) => {
		const probe = createServer().once('error', () => done(false));
		probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
	});

/** Three neighbouring free ports from `firstPort` on: the app, TimelineJS, the stack floor. */
async function freePorts(): Promise<number> {
	for (let port = firstPort; port < firstPort + 9; port++) {
		if ((await portIsFree(port)) && (await portIsFree(port + 1)) && (await portIsFree(port + 2)))
			return port;
	}
	throw new Error(`no three free ports from ${firstPort}`);
}

/** One line on where the numbers come from, with a warning when other work shared the CPU. */
function describeMachine(machine: {
	cores: number;
	cpu?: string;
	chromium: string;
	loadAverage: number[];
	pagesOfItsOwn: string[];
}) {
	const { cores, cpu, chromium, loadAverage, pagesOfItsOwn } = machine;
	const busy = Math.max(...loadAverage) > cores;
	const load = loadAverage.map((value) => value.toFixed(1)).join(' → ');
	return (
		`Headless Chromium ${chromium}, ${cores} × ${cpu ?? 'CPU'}, load average ${load}` +
		(busy ? ' — **other work shared the CPU: treat times as noisy**.' : '.') +
		(pagesOfItsOwn.length > 0
			? ` **The browser loaded pages of its own beside each page measured (${pagesOfItsOwn.join(', ')}): times include them.**`
			: '')
	);
}

async function main(): Promise<boolean> {
	if (!args.has('--no-build')) {
		build(out);
		build(floorOut, 'scripts/bench/floor');
	}
	const timelinejsDir = mkdtempSync(join(tmpdir(), 'chronomap-bench-timelinejs-'));
	const servers: Server[] = [];
	let browser: Browser | undefined;
	try {
		const articleEvents = writeData(timelinejsDir);
		const port = await freePorts();
		servers.push(
			await serveStatic(out, port),
			await serveStatic(timelinejsDir, port + 1),
			await serveStatic(floorOut, port + 2)
		);
		const origins = {
			app: `http://127.0.0.1:${port}`,
			timelinejs: `http://127.0.0.1:${port + 1}`,
			floor: `http://127.0.0.1:${port + 2}`
		};
		const loadBefore = loadavg()[0];
		browser = await launchBrowser();
		const ownPages = await pagesOfItsOwn(browser);
		const comparison = await compareLoads(browser, origins, plan, log);
		// Each later measurement has a browser of its own (see inFreshBrowser).
		const scale = await measureScale(origins.app, plan, articleEvents, log);
		// The article's load time is better known from the comparison's many loads.
		scale[0].tti = comparison.tti.chronomap;
		log(`map zoom steps, ${plan.zoomPlaces} places`);
		const zoomPath = `/embed/?data=/bench-data/${ZOOM_DATA}`;
		const zoomSteps = (atRest: boolean) =>
			plan.zoomPlaces
				? inFreshBrowser((fresh) =>
						measureMapZoom(fresh, origins.app, zoomPath, plan.zoomPlaces, {
							loads: plan.zoomLoads,
							atRest
						})
					)
				: undefined;
		const zoom = await zoomSteps(true);
		// Beside the budget's steps on a map at rest, the same steps begun as soon as it shows.
		const zoomAtOnce = await zoomSteps(false);
		const zooms = [zoom, zoomAtOnce].filter((report) => report !== undefined);
		log(`search, ${plan.search.events} events`);
		const search = measureSearch(plan.search.events, plan.search.rounds);
		const firstSearch = [];
		for (const size of plan.firstSearch) {
			log(`first search in the page, ${size.events} events at ${size.places} places`);
			const path = `/?data=/bench-data/${firstSearchData(size)}`;
			firstSearch.push(
				await inFreshBrowser((fresh) => measureFirstSearch(fresh, origins.app, path, size))
			);
		}
		const budgets = checkBudgets(comparison, scale, zoom);
		const seconds = (Date.now() - started) / 1000;
		const machine = {
			cores: cpus().length,
			cpu: cpus()[0]?.model,
			chromium: browser.version(),
			loadAverage: [loadBefore, loadavg()[0]],
			pagesOfItsOwn: ownPages
		};
		console.log(
			formatReport(comparison, scale, budgets, {
				quick: plan.quick,
				machine: describeMachine(machine),
				zooms,
				scrub: plan.scrub
			})
		);
		console.log(formatSearch(search));
		firstSearch.forEach((report) => console.log(formatFirstSearch(report)));
		log(`done in ${seconds.toFixed(0)} s`);
		mkdirSync('bench', { recursive: true });
		const results = {
			date: new Date().toISOString(),
			plan,
			machine,
			seconds,
			comparison,
			scale,
			zoom,
			zoomAtOnce,
			search,
			firstSearch,
			budgets
		};
		writeFileSync('bench/results.json', JSON.stringify(results, null, '\t') + '\n');
		const recorded = JSON.parse(
			readFileSync('scripts/bench/first-view-bytes.json', 'utf8')
		) as RecordedFirstView;
		const gate = checkFirstViewGate(comparison.bytes.chronomap.total.gzip, recorded);
		console.error(`Bytes gate: ${gate.pass ? 'pass' : 'FAIL'}, ${gate.message}.`);
		return gate.pass;
	} finally {
		await browser?.close();
		servers.forEach((server) => server.close());
		rmSync(timelinejsDir, { recursive: true, force: true });
	}
}

main().then(
	(pass) => process.exit(pass ? 0 : 1),
	(error: unknown) => {
		console.error('The benchmark could not measure:', error);
		process.exit(1);
	}
);
