import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	loadDataset,
	PROGRESS_INTERVAL_MS,
	readCappedBytes,
	resolveDataUrl,
	type LoadProgress,
	secondsInWords,
	sizeInWords
} from './loadDataset';
import { loadFile } from './loadFile';
import { decodeText } from './decodeText';

const BASE = 'https://news.example/story/';
const url = new URL('https://news.example/data/events.csv');

/** A body that arrives in chunks, without a declared length, and may stall after them. */
function streamed(chunks: string[], stall = false): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	return new ReadableStream({
		start(controller) {
			for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
			if (!stall) controller.close();
		}
	});
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

afterEach(() => vi.unstubAllGlobals());

describe('resolveDataUrl', () => {
	it.each([
		{ value: '/data/mine.csv', href: 'https://news.example/data/mine.csv' },
		{ value: 'mine.json', href: 'https://news.example/story/mine.json' },
		{ value: 'https://other.example/x.geojson', href: 'https://other.example/x.geojson' }
	])('accepts $value', ({ value, href }) => {
		expect(resolveDataUrl(value, BASE).href).toBe(href);
	});

	it.each([
		{ value: 'javascript:alert(1)', message: '"javascript:" addresses cannot be loaded' },
		{ value: 'data:text/csv,title,date', message: '"data:" addresses cannot be loaded' },
		{ value: 'file:///etc/passwd', message: '"file:" addresses cannot be loaded' },
		{ value: 'blob:https://news.example/1', message: '"blob:" addresses cannot be loaded' }
	])('refuses $value', ({ value, message }) => {
		expect(() => resolveDataUrl(value, BASE)).toThrow(message);
	});

	// The CSP lets data in only from the app itself or over https:, and a public page must not
	// be pointed at its reader's own machine or network.
	it.each([
		{ value: 'http://other.example/x.csv', base: BASE, error: 'only over https: addresses' },
		{ value: 'http://news.example/x.csv', base: BASE, error: 'blocks plain http:' },
		{ value: 'http://localhost:8080/x.csv', base: BASE, error: 'local or private-network' },
		{ value: 'https://127.0.0.1/x.csv', base: BASE, error: 'local or private-network' },
		{ value: 'https://0x7f.1/x.csv', base: BASE, error: 'local or private-network' },
		{ value: 'https://10.0.0.8/x.csv', base: BASE, error: 'local or private-network' },
		{ value: 'https://172.20.1.1/x.csv', base: BASE, error: 'local or private-network' },
		{ value: 'https://192.168.0.1/x.csv', base: BASE, error: 'local or private-network' },
		{ value: 'https://169.254.169.254/x', base: BASE, error: 'local or private-network' },
		{ value: 'https://[::1]/x.csv', base: BASE, error: 'local or private-network' },
		{ value: 'https://[fd00::5]/x.csv', base: BASE, error: 'local or private-network' },
		{ value: 'https://[fe80::1]/x.csv', base: BASE, error: 'local or private-network' },
		{ value: 'https://data.example/x.csv', base: BASE, error: null },
		{ value: '/x.csv', base: 'http://news.example/', error: null },
		{ value: 'http://127.0.0.1:4173/x.csv', base: 'http://127.0.0.1:4173/', error: null },
		{ value: 'https://localhost:9000/x.csv', base: 'http://localhost:5173/', error: null },
		{ value: 'https://10.0.0.8/x.csv', base: 'https://192.168.0.2/', error: null },
		{ value: 'http://localhost:9000/x.csv', base: 'http://localhost:5173/', error: 'https:' }
	])('$value from $base: $error', ({ value, base, error }) => {
		if (error) expect(() => resolveDataUrl(value, base)).toThrow(error);
		else expect(resolveDataUrl(value, base).href).toBe(new URL(value, base).href);
	});

	it.each([
		{ value: 'http://data.internal/x.csv', allowed: ['http://data.internal'] },
		{ value: 'https://10.0.0.8/x.csv', allowed: ['https://10.0.0.8'] }
	])('an origin the publisher allows is loaded: $value', ({ value, allowed }) => {
		expect(resolveDataUrl(value, BASE, allowed).href).toBe(value);
	});
});

describe('loadDataset', () => {
	const csv = 'title,date\nOne,2023-01\nTwo,2023-02';
	it.each([
		{
			name: 'an HTTP error',
			fetch: async () => new Response('nope', { status: 404, statusText: 'Not Found' }),
			message: 'the server answered HTTP 404 Not Found.'
		},
		{
			name: 'a network error',
			fetch: async () => Promise.reject(new TypeError('Failed to fetch')),
			message: 'the network request to news.example failed'
		},
		{
			name: 'a declared size over the cap',
			fetch: async () =>
				new Response('x', { headers: { 'content-length': String(25 * 1024 * 1024) } }),
			message: 'larger than 20 MB'
		},
		{
			name: 'a streamed size over the cap',
			fetch: async () => new Response(streamed(['x'.repeat(600), 'x'.repeat(600)])),
			message: 'larger than 1 KB.',
			maxBytes: 1000
		},
		{
			name: 'text in no known format',
			fetch: async () => new Response('just some words'),
			message: 'is not in a format Chronomap reads'
		},
		{
			name: 'a file without one valid event',
			fetch: async () => new Response('title,date\nx,2023-02-30'),
			message: 'has no valid events'
		}
	])('fails with a message of its own on $name', async ({ fetch, message, maxBytes }) => {
		vi.stubGlobal('fetch', fetch);
		const result = await loadDataset(url, { maxBytes });
		expect(result.dataset).toBeNull();
		expect(result.problems[0]).toMatchObject({ row: 'file', severity: 'error' });
		expect(result.problems[0].message).toContain(message);
	});

	it('stops reading an endless body once it passes the cap, and cancels it', async () => {
		let pulls = 0;
		let cancelled = false;
		const endless = new ReadableStream<Uint8Array>({
			pull(controller) {
				pulls++;
				controller.enqueue(new Uint8Array(512).fill(120));
			},
			cancel() {
				cancelled = true;
			}
		});
		vi.stubGlobal('fetch', async () => new Response(endless));
		const result = await loadDataset(url, { maxBytes: 4096 });
		expect(result.problems[0].message).toContain('larger than 4 KB');
		expect(cancelled).toBe(true);
		// Read up to the cap and a little past it (the stream's queue), never on and on.
		expect(pulls).toBeLessThan(20);
	});

	it.each([
		{
			name: 'no answer',
			fetch: (_: URL, init: RequestInit) =>
				new Promise((_resolve, reject) =>
					init.signal?.addEventListener('abort', () =>
						reject(new DOMException('aborted', 'AbortError'))
					)
				),
			message: 'the server did not answer within 0.05 seconds.'
		},
		{
			name: 'a body that stalls',
			fetch: async () => new Response(streamed(['title,date\n'], true)),
			message: 'the download stopped for 0.05 seconds.'
		}
	])('times out on $name', async ({ fetch, message }) => {
		vi.stubGlobal('fetch', fetch);
		const result = await loadDataset(url, { timeoutMs: 50 });
		expect(result.problems[0].message).toBe(message);
	});

	it('lets a slow but steady download finish: the timeout counts silence', async () => {
		const encoder = new TextEncoder();
		const lines = ['title,date\n', ...Array.from({ length: 6 }, (_, i) => `Event ${i},2023\n`)];
		const body = new ReadableStream<Uint8Array>({
			async pull(controller) {
				await new Promise((done) => setTimeout(done, 30));
				const line = lines.shift();
				if (line) controller.enqueue(encoder.encode(line));
				else controller.close();
			}
		});
		vi.stubGlobal('fetch', async () => new Response(body));
		const result = await loadDataset(url, { timeoutMs: 80 });
		expect(result.dataset?.events).toHaveLength(6);
	});

	it.each([
		{ given: undefined, expected: 'omit' },
		{ given: 'omit' as const, expected: 'omit' },
		{ given: 'same-origin' as const, expected: 'same-origin' }
	])('sends cookies only when asked to ($given)', async ({ given, expected }) => {
		const fetch = vi.fn(async () => new Response(csv));
		vi.stubGlobal('fetch', fetch);
		await loadDataset(url, { credentials: given });
		expect(fetch).toHaveBeenCalledWith(url, expect.objectContaining({ credentials: expected }));
	});

	it('stops a download that keeps sending a byte at a time past the overall deadline', async () => {
		const encoder = new TextEncoder();
		const body = new ReadableStream<Uint8Array>({
			async pull(controller) {
				await new Promise((done) => setTimeout(done, 20));
				controller.enqueue(encoder.encode('x'));
			}
		});
		vi.stubGlobal('fetch', async () => new Response(body));
		const result = await loadDataset(url, { timeoutMs: 100, deadlineMs: 300 });
		expect(result.dataset).toBeNull();
		expect(result.problems[0].message).toBe('the download took longer than 0.3 seconds.');
	});

	it('reads any format from its content and reports progress in bytes, then parsing', async () => {
		// The second piece arrives after the least time between two reports, so both are told.
		const encoder = new TextEncoder();
		const pieces = [csv.slice(0, 10), csv.slice(10)];
		const body = new ReadableStream<Uint8Array>({
			async pull(controller) {
				const piece = pieces.shift();
				if (piece === undefined) return controller.close();
				if (piece !== csv.slice(0, 10)) await sleep(PROGRESS_INTERVAL_MS + 20);
				controller.enqueue(encoder.encode(piece));
			}
		});
		vi.stubGlobal('fetch', async () => new Response(body));
		const progress: LoadProgress[] = [];
		const result = await loadDataset(url, { onProgress: (step) => progress.push(step) });
		expect(result.format).toBe('csv');
		expect(result.dataset?.title).toBe('events');
		expect(result.dataset?.events.map((event) => event.title)).toEqual(['One', 'Two']);
		expect(progress).toEqual([
			{ stage: 'download', loaded: 10, total: undefined },
			{ stage: 'download', loaded: csv.length, total: undefined },
			{ stage: 'parse' }
		]);
	});

	it('reports a download that arrives in many pieces at once only once', async () => {
		const pieces = Array.from({ length: 50 }, (_, at) => (at === 0 ? csv : ' '));
		vi.stubGlobal('fetch', async () => new Response(streamed(pieces)));
		const progress: LoadProgress[] = [];
		const result = await loadDataset(url, { onProgress: (step) => progress.push(step) });
		expect(result.format).toBe('csv');
		expect(progress).toEqual([
			{ stage: 'download', loaded: csv.length, total: undefined },
			{ stage: 'parse' }
		]);
	});

	it('takes over a download the page began early, instead of asking again', async () => {
		const fetch = vi.fn(async () => new Response('never asked'));
		vi.stubGlobal('fetch', fetch);
		const early = {
			href: url.href,
			controller: new AbortController(),
			response: Promise.resolve(new Response(csv))
		};
		vi.stubGlobal('window', { __chronomapEarlyData: early });
		const result = await loadDataset(url);
		expect(result.dataset?.events.map((event) => event.title)).toEqual(['One', 'Two']);
		expect(fetch).not.toHaveBeenCalled();
		// Taken once: loading the same address again downloads it afresh.
		await loadDataset(url);
		expect(fetch).toHaveBeenCalledTimes(1);
	});

	it('stops an early download that falls silent, as it would one of its own', async () => {
		const controller = new AbortController();
		const body = new ReadableStream<Uint8Array>({ start() {} });
		controller.signal.addEventListener('abort', () => void body.cancel().catch(() => {}));
		vi.stubGlobal('window', {
			__chronomapEarlyData: {
				href: url.href,
				controller,
				response: Promise.resolve(new Response(body))
			}
		});
		const result = await loadDataset(url, { timeoutMs: 50 });
		expect(result.problems[0].message).toBe('the download stopped for 0.05 seconds.');
		expect(controller.signal.aborted).toBe(true);
	});
});

describe('readCappedBytes', () => {
	it('passes the declared length as the total', async () => {
		const seen: [number, number | undefined][] = [];
		const response = new Response('abcdef', { headers: { 'content-length': '6' } });
		const read = await readCappedBytes(response, 100, (bytes, total) => seen.push([bytes, total]));
		expect(decodeText(read)).toBe('abcdef');
		expect(seen.at(-1)).toEqual([6, 6]);
	});

	const pieces = (...texts: string[]) =>
		new ReadableStream<Uint8Array>({
			start(controller) {
				for (const text of texts) controller.enqueue(new TextEncoder().encode(text));
				controller.close();
			}
		});

	// The declared length is the size the body was sent at: a compressed body declares less than
	// it gives, and a body sent in chunks declares nothing.
	it.each([
		['declares its length', '9'],
		['declares less than it gives', '4'],
		['declares nothing', null],
		['declares more than it gives', '20']
	])('joins the pieces of a body that %s', async (_, declared) => {
		const headers: Record<string, string> = declared ? { 'content-length': declared } : {};
		const response = new Response(pieces('abc', 'def', 'ghi'), { headers });
		const read = await readCappedBytes(response, 100);
		expect(decodeText(read)).toBe('abcdefghi');
		expect(read.byteLength).toBe(9);
	});

	it('stops a body that gives more than the cap, whatever it declared', async () => {
		const response = new Response(pieces('abcd', 'efgh', 'ijkl'), {
			headers: { 'content-length': '4' }
		});
		await expect(readCappedBytes(response, 10)).rejects.toThrow('the file is larger than 1 KB.');
	});

	it('keeps characters whose bytes arrive in different pieces', async () => {
		const text = 'Київ — 東京 🌍 São Paulo';
		const bytes = new TextEncoder().encode(text);
		// One byte per piece: every character of more than one byte is split.
		const body = new ReadableStream<Uint8Array>({
			start(controller) {
				for (const byte of bytes) controller.enqueue(Uint8Array.of(byte));
				controller.close();
			}
		});
		expect(decodeText(await readCappedBytes(new Response(body), 100))).toBe(text);
	});
});

describe('loadFile', () => {
	it('reads a chosen file in the browser and names the data after it', async () => {
		const file = new File(['Year,Headline\n2020,Hello'], 'my timeline.csv');
		const result = await loadFile(file);
		expect(result.format).toBe('timelinejs-csv');
		expect(result.dataset?.title).toBe('my timeline');
	});

	it('refuses a file over the cap without reading it', async () => {
		const file = new File(['x'.repeat(2048)], 'big.csv');
		const text = vi.spyOn(file, 'text');
		const result = await loadFile(file, { maxBytes: 1024 });
		expect(result.problems[0].message).toBe('the file is larger than 1 KB.');
		expect(text).not.toHaveBeenCalled();
	});
});

describe('sizeInWords(bytes) and secondsInWords(ms)', () => {
	it.each([
		{ bytes: 1000, expected: '1 KB' },
		{ bytes: 300 * 1024, expected: '300 KB' },
		{ bytes: 1.5 * 1024 * 1024, expected: '1.5 MB' },
		{ bytes: 20 * 1024 * 1024, expected: '20 MB' }
	])('$bytes bytes is $expected, never 0 MB', ({ bytes, expected }) => {
		expect(sizeInWords(bytes)).toBe(expected);
	});
	it.each([
		{ ms: 50, expected: '0.05 seconds' },
		{ ms: 1000, expected: '1 second' },
		{ ms: 30_000, expected: '30 seconds' }
	])('$ms ms is $expected, never 0 seconds', ({ ms, expected }) => {
		expect(secondsInWords(ms)).toBe(expected);
	});
});
