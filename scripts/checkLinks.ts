/**
 * `npm run check-links -- <dataset.json>`: checks every address in a Chronomap dataset. Each is
 * asked for with HEAD, then GET when HEAD is refused or fails; redirects are followed (up to
 * five) and reported. Lists dead links, redirected links and sources without an archived copy;
 * exits 1 when any link is dead. Meant for editors before publishing, never run by the app.
 */
import { readFileSync } from 'node:fs';

export interface LinkReport {
	url: string;
	/** Final HTTP status, or 0 when nothing answered. */
	status: number;
	/** Where the address ends up after redirects, when it moved. */
	redirectedTo?: string;
	dead: boolean;
	error?: string;
}

interface SourceLike {
	title?: string;
	url?: string;
	archiveUrl?: string;
}

/** Every distinct http(s) address in a dataset, and the sources that cite a page with no archived copy. */
export function collectLinks(dataset: unknown): { urls: string[]; unarchived: string[] } {
	const urls = new Set<string>();
	const unarchived: string[] = [];
	const file = (dataset ?? {}) as {
		source?: SourceLike;
		corrections?: string;
		events?: {
			id?: string;
			source?: SourceLike;
			sources?: SourceLike[];
			media?: { url?: string };
		}[];
	};
	const add = (url: unknown) => {
		if (typeof url === 'string' && /^https?:\/\//i.test(url.trim())) urls.add(url.trim());
	};
	add(file.source?.url);
	add(file.corrections);
	for (const event of file.events ?? []) {
		add(event.source?.url);
		add(event.media?.url);
		for (const source of event.sources ?? []) {
			add(source.url);
			add(source.archiveUrl);
			if (source.url && !source.archiveUrl) unarchived.push(`${event.id}: ${source.url}`);
		}
	}
	return { urls: [...urls], unarchived };
}

/** Checks one address: HEAD first, GET if HEAD is not allowed or fails; follows redirects itself. */
export async function checkLink(url: string, fetcher: typeof fetch = fetch): Promise<LinkReport> {
	let current = url;
	for (let hop = 0; hop <= 5; hop++) {
		let response: Response;
		try {
			response = await request(current, 'HEAD', fetcher);
			if (response.status === 405 || response.status === 501 || response.status === 403) {
				response = await request(current, 'GET', fetcher);
			}
		} catch {
			try {
				response = await request(current, 'GET', fetcher);
			} catch (error) {
				const message = error instanceof Error ? error.message : String(error);
				return { url, status: 0, dead: true, error: message, ...moved(url, current) };
			}
		}
		const location = response.headers.get('location');
		if (response.status >= 300 && response.status < 400 && location) {
			current = new URL(location, current).href;
			continue;
		}
		return { url, status: response.status, dead: response.status >= 400, ...moved(url, current) };
	}
	return { url, status: 0, dead: true, error: 'too many redirects', ...moved(url, current) };
}

function moved(url: string, current: string) {
	return current === url ? {} : { redirectedTo: current };
}

async function request(url: string, method: string, fetcher: typeof fetch): Promise<Response> {
	const response = await fetcher(url, {
		method,
		redirect: 'manual',
		signal: AbortSignal.timeout(15_000)
	});
	await response.body?.cancel();
	return response;
}

/** The report as lines of text, and whether it should fail the run. */
export function describeReport(
	reports: LinkReport[],
	unarchived: string[]
): { lines: string[]; failed: boolean } {
	const dead = reports.filter((report) => report.dead);
	const redirected = reports.filter((report) => !report.dead && report.redirectedTo);
	const lines = [`Checked ${reports.length} link(s).`];
	if (dead.length > 0) {
		lines.push(`Dead (${dead.length}):`);
		for (const report of dead) {
			const why = report.status ? `HTTP ${report.status}` : (report.error ?? 'no answer');
			lines.push(`  ${report.url} — ${why}`);
		}
	}
	if (redirected.length > 0) {
		lines.push(`Redirected (${redirected.length}):`);
		for (const report of redirected) lines.push(`  ${report.url} → ${report.redirectedTo}`);
	}
	if (unarchived.length > 0) {
		lines.push(`Without an archiveUrl (${unarchived.length}):`);
		for (const item of unarchived) lines.push(`  ${item}`);
	}
	return { lines, failed: dead.length > 0 };
}

export async function main(path: string | undefined): Promise<number> {
	if (!path) {
		console.error('Usage: npm run check-links -- <dataset.json>');
		return 2;
	}
	const { urls, unarchived } = collectLinks(JSON.parse(readFileSync(path, 'utf8')));
	const reports: LinkReport[] = [];
	for (const url of urls) reports.push(await checkLink(url));
	const { lines, failed } = describeReport(reports, unarchived);
	console.log(lines.join('\n'));
	return failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	process.exitCode = await main(process.argv[2]);
}
