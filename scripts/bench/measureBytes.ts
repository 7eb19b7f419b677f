import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';
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

/**
 * Everything a page loads on first view, raw and as a server would send it gzipped (level 9),
 * collected until the page is ready and the network has gone quiet.
 */
export async function measureBytes(
	page: Page,
	url: string,
	ready: ReadyCheck
): Promise<ByteReport> {
	const pending: Promise<ByteReport['urls'][number] | null>[] = [];
	const onResponse = (response: Response) => pending.push(countResponse(response));
	page.on('response', onResponse);
	await timeToInteractive(page, url, ready);
	await page.waitForLoadState('networkidle');
	page.off('response', onResponse);
	const urls = (await Promise.all(pending)).filter((entry) => entry !== null);
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

async function countResponse(response: Response) {
	const status = response.status();
	if (status >= 300 && status < 400) return null;
	const body = await response.body().catch(() => null);
	if (!body) return null;
	const url = response.url();
	const kind = kindOf(url, response.headers()['content-type'] ?? '');
	return { url, kind, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}
