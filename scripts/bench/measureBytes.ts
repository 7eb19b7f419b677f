import { gzipSync } from 'node:zlib';
import type { Page, Request, Response } from '@playwright/test';
import { timeToInteractive, type ReadyCheck } from './measureInteractive';

export const KINDS = ['js', 'css', 'basemap', 'data', 'fonts', 'other'] as const;
export type Kind = (typeof KINDS)[number];

export interface ByteCount {
	files: number;
	raw: number;
	gzip: number;
}

export interface ByteReport {
	byKind: Record<Kind, ByteCount>;
	total: ByteCount;
	urls: { url: string; kind: Kind; raw: number; gzip: number }[];
}

/** Which budget line a response belongs to, from its address and content type. */
export function kindOf(url: string, contentType: string): Kind {
	const path = new URL(url).pathname;
	if (/javascript/.test(contentType) || /\.m?js$/.test(path)) return 'js';
	if (/css/.test(contentType) || path.endsWith('.css')) return 'css';
	if (path.includes('/basemap/')) return 'basemap';
	if (/font/.test(contentType) || /\.(woff2?|ttf|otf|eot)$/.test(path)) return 'fonts';
	if (/json|csv/.test(contentType) || /\.(json|csv|geojson)$/.test(path)) return 'data';
	return 'other';
}

const empty = (): ByteCount => ({ files: 0, raw: 0, gzip: 0 });

/** What loads after the first view: at idle without input, then on the first interaction. */
export interface LaterBytes {
	idle: ByteReport;
	interaction: ByteReport;
}

type Entry = ByteReport['urls'][number];

/** How long the page is left alone after the network goes quiet, before the interaction. */
export const IDLE_WINDOW_MS = 3000;

function report(urls: Entry[]): ByteReport {
	const byKind = Object.fromEntries(KINDS.map((kind) => [kind, empty()])) as Record<
		Kind,
		ByteCount
	>;
	const total = empty();
	for (const entry of urls) {
		for (const count of [byKind[entry.kind], total]) {
			count.files += 1;
			count.raw += entry.raw;
			count.gzip += entry.gzip;
		}
	}
	return { byKind, total, urls };
}

type Phase = 'first' | 'idle' | 'interaction';

/**
 * What a page loads, raw and as a server would send it gzipped (level 9), in phases: the first
 * view is every request made before the page is interactive (`ready`); without `interact`, also
 * everything until the network is quiet. With `interact`, what loads after that without input
 * (idle) and what the first interaction brings are counted apart.
 */
export async function measureBytes(
	page: Page,
	url: string,
	ready: ReadyCheck,
	interact?: (page: Page) => Promise<void>
): Promise<ByteReport & { later?: LaterBytes }> {
	let phase: Phase = 'first';
	const phaseOf = new Map<Request, Phase>();
	const pending: Promise<[Phase, Entry | null]>[] = [];
	const onRequest = (request: Request) => phaseOf.set(request, phase);
	const onResponse = (response: Response) => {
		const when = phaseOf.get(response.request()) ?? phase;
		pending.push(countResponse(response).then((entry) => [when, entry]));
	};
	page.on('request', onRequest);
	page.on('response', onResponse);
	await timeToInteractive(page, url, ready);
	if (interact) phase = 'idle';
	await page.waitForLoadState('networkidle');
	if (interact) {
		// Idle work is asked for within 2 s of the load (see whenIdle.ts); allow for it.
		await page.waitForTimeout(IDLE_WINDOW_MS);
		phase = 'interaction';
		await interact(page);
		await page.waitForTimeout(500);
	}
	page.off('request', onRequest);
	page.off('response', onResponse);
	const counted = await Promise.all(pending);
	const inPhase = (wanted: typeof phase) =>
		report(counted.flatMap(([when, entry]) => (entry && when === wanted ? [entry] : [])));
	const first = inPhase('first');
	return interact
		? { ...first, later: { idle: inPhase('idle'), interaction: inPhase('interaction') } }
		: first;
}

async function countResponse(response: Response) {
	const status = response.status();
	if (status >= 300 && status < 400) return null;
	const body = await response.body().catch(() => null);
	if (!body) return null;
	const url = response.url();
	const kind = kindOf(url, response.headers()['content-type'] ?? '');
	return { url, kind, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}
