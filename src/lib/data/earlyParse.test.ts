import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDataset, type LoadProgress } from './loadDataset';
import { importEarly } from './importInBackground';
import { handOverMessages } from './handOver';
import { importHere } from './importers/importHere';
import { PARSER_READY } from './parserReady';
import type { EarlyParse } from './earlyParse';

const url = new URL('https://news.example/data/events.csv');
const csv = 'title,date\nOne,2023-01\nTwo,2023-02';
const table = 'What,When\nOne,11-01-2023\nTwo,12-02-2023';

/**
 * The worker `prepaint.js` starts for a `?data=` file, as the app finds it: what it posted before
 * the app arrived in `messages`, and `later` posted once the app has taken it over.
 */
function startedEarly({
	messages = [],
	later = [],
	errored = false,
	href = url.href
}: {
	messages?: unknown[];
	later?: unknown[];
	errored?: boolean;
	href?: string;
}) {
	const worker = {
		onmessage: null as ((event: { data: unknown }) => void) | null,
		onerror: null,
		onmessageerror: null,
		terminated: false,
		postMessage() {},
		terminate() {
			this.terminated = true;
		}
	};
	const early = { href, worker: worker as unknown as Worker, messages, errored };
	vi.stubGlobal('window', { __chronomapEarlyParse: early });
	setTimeout(() => {
		for (const data of later) worker.onmessage?.({ data: structuredClone(data) });
	}, 5);
	return worker;
}

const parsed = async (text: string) =>
	handOverMessages(await importHere(text, { name: 'events.csv' }));

afterEach(() => vi.unstubAllGlobals());

describe('loadDataset with the worker the page started early', () => {
	it('takes its result, with what it said before and after the app arrived, downloading nothing', async () => {
		const fetch = vi.fn();
		vi.stubGlobal('fetch', fetch);
		const worker = startedEarly({
			messages: [PARSER_READY, { kind: 'progress', loaded: 20, total: 40 }],
			later: [{ kind: 'downloaded' }, ...(await parsed(csv))]
		});
		const progress: LoadProgress[] = [];
		const result = await loadDataset(url, { onProgress: (step) => progress.push(step) });
		expect(result.dataset?.events.map((event) => event.title)).toEqual(['One', 'Two']);
		expect(progress).toEqual([{ stage: 'download', loaded: 20, total: 40 }, { stage: 'parse' }]);
		expect(fetch).not.toHaveBeenCalled();
		expect(worker.terminated).toBe(true);
	});

	it('says why its download failed, as a download on the page would', async () => {
		const fetch = vi.fn();
		vi.stubGlobal('fetch', fetch);
		const message = 'the server answered HTTP 404 Not Found.';
		startedEarly({ messages: [PARSER_READY, { kind: 'failed', message }] });
		const result = await loadDataset(url);
		expect(result.dataset).toBeNull();
		expect(result.problems).toEqual([{ row: 'file', field: '', message, severity: 'error' }]);
		expect(fetch).not.toHaveBeenCalled();
	});

	it('reads a small file it handed back on the page', async () => {
		const fetch = vi.fn();
		vi.stubGlobal('fetch', fetch);
		const bytes = new TextEncoder().encode(csv);
		startedEarly({ messages: [PARSER_READY], later: [{ kind: 'downloaded', bytes }] });
		const result = await loadDataset(url);
		expect(result.dataset?.events.map((event) => event.title)).toEqual(['One', 'Two']);
		expect(fetch).not.toHaveBeenCalled();
	});

	it('downloads the file on the page when the worker could not start', async () => {
		const fetch = vi.fn(async () => new Response(csv));
		vi.stubGlobal('fetch', fetch);
		startedEarly({ errored: true });
		const result = await loadDataset(url);
		expect(result.dataset?.events.map((event) => event.title)).toEqual(['One', 'Two']);
		expect(fetch).toHaveBeenCalledOnce();
	});

	it.each([
		{ name: 'for another address', href: 'https://news.example/data/other.csv', options: {} },
		{ name: 'for a load with cookies', href: url.href, options: { credentials: 'same-origin' } },
		{ name: 'for a load with its own size cap', href: url.href, options: { maxBytes: 1_000 } },
		{ name: 'for a load with its own timeout', href: url.href, options: { timeoutMs: 5_000 } }
	] as const)(
		'stops a worker started $name and downloads on the page',
		async ({ href, options }) => {
			const fetch = vi.fn(async () => new Response(csv));
			vi.stubGlobal('fetch', fetch);
			const worker = startedEarly({
				href,
				later: [PARSER_READY, { kind: 'failed', message: 'x' }]
			});
			const result = await loadDataset(url, options);
			expect(result.dataset?.events).toHaveLength(2);
			expect(worker.terminated).toBe(true);
			expect(fetch).toHaveBeenCalledOnce();
		}
	);

	it('reads a table through the mapping asked for, from the file the worker handed back', async () => {
		const fetch = vi.fn();
		vi.stubGlobal('fetch', fetch);
		const bytes = new TextEncoder().encode(table);
		startedEarly({
			messages: [PARSER_READY, { kind: 'downloaded' }],
			later: [{ kind: 'source', bytes }, ...(await parsed(table))]
		});
		const askMapping = vi.fn(async () => ({
			title: 'What',
			date: { column: 'When', form: 'dd-mm-yyyy' as const }
		}));
		const result = await loadDataset(url, { askMapping });
		expect(askMapping).toHaveBeenCalledOnce();
		expect(result.dataset?.events.map((event) => event.date)).toEqual([
			{ year: 2023, month: 1, day: 11, precision: 'day' },
			{ year: 2023, month: 2, day: 12, precision: 'day' }
		]);
		expect(fetch).not.toHaveBeenCalled();
	});
});

describe('importEarly', () => {
	it('gives the download its own time, and the parse its deadline from the download’s end', async () => {
		vi.useFakeTimers();
		try {
			const worker = startedEarly({ messages: [PARSER_READY] });
			const early = (window as unknown as { __chronomapEarlyParse: EarlyParse })
				.__chronomapEarlyParse;
			let outcome: unknown = 'waiting';
			void importEarly(early, {}, 1_000).then((value) => (outcome = value));
			await vi.advanceTimersByTimeAsync(5_000);
			expect(outcome).toBe('waiting');
			worker.onmessage?.({ data: { kind: 'downloaded' } });
			await vi.advanceTimersByTimeAsync(1_000);
			expect(outcome).toEqual({
				result: {
					format: null,
					dataset: null,
					problems: [
						{
							row: 'file',
							field: '',
							message: 'this file is too complex to read (reading it took longer than 1 second).',
							severity: 'error'
						}
					]
				},
				source: undefined
			});
			expect(worker.terminated).toBe(true);
		} finally {
			vi.useRealTimers();
		}
	});
});
