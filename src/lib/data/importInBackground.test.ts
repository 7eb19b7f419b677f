import { afterEach, describe, expect, it, vi } from 'vitest';
import { importInBackground, WORKER_THRESHOLD } from './importInBackground';
import { stopSpareParser, warmParser } from './parserWorker';
import { PARSER_READY } from './parserReady';
import { handOverMessages } from './handOver';
import type { ImportResult } from './importers/importText';
import { importedEvents } from './testing/importedEvents';

const NOTHING_READ: ImportResult = { format: 'csv', dataset: null, problems: [] };

/** A worker that behaves as told: starts or not, then answers, hangs or crashes. */
function fakeWorker(
	behaviour: 'never starts' | 'hangs' | 'crashes' | 'answers',
	answer: unknown[] = handOverMessages(NOTHING_READ)
) {
	const made: FakeWorker[] = [];
	class FakeWorker {
		onmessage: ((event: { data: unknown }) => void) | null = null;
		onerror: ((event: { preventDefault(): void }) => void) | null = null;
		onmessageerror: (() => void) | null = null;
		terminated = false;
		received: unknown[] = [];
		constructor() {
			made.push(this);
		}
		postMessage(data: unknown) {
			this.received.push(data);
			setTimeout(() => {
				const error = { preventDefault() {} };
				if (behaviour === 'never starts') return this.onerror?.(error);
				this.onmessage?.({ data: PARSER_READY });
				if (behaviour === 'crashes') this.onerror?.(error);
				if (behaviour === 'answers')
					for (const data of answer) this.onmessage?.({ data: structuredClone(data) });
			}, 1);
		}
		terminate() {
			this.terminated = true;
		}
	}
	vi.stubGlobal('Worker', FakeWorker);
	return made;
}

/** A valid CSV longer than the threshold, so that parsing it on the main thread would succeed. */
const bigCsv = `title,date\n${'An event,2023\n'.repeat(Math.ceil(WORKER_THRESHOLD / 14))}`;

afterEach(() => {
	stopSpareParser();
	vi.unstubAllGlobals();
});

describe('importInBackground', () => {
	it('stops a worker that passes the deadline and refuses the file, without parsing it here', async () => {
		const workers = fakeWorker('hangs');
		const result = await importInBackground(bigCsv, {}, 30);
		expect(result.dataset).toBeNull();
		expect(result.problems).toEqual([
			{
				row: 'file',
				field: '',
				message: 'this file is too complex to read (reading it took longer than 0.03 seconds).',
				severity: 'error'
			}
		]);
		expect(workers).toHaveLength(1);
		expect(workers[0].terminated).toBe(true);
	});

	it('refuses a file that crashed the worker (out of memory) instead of parsing it here', async () => {
		const workers = fakeWorker('crashes');
		const result = await importInBackground(bigCsv, {}, 5_000);
		expect(result.dataset).toBeNull();
		expect(result.problems[0].message).toBe(
			'this file is too complex to read (reading it ran out of memory).'
		);
		expect(workers[0].terminated).toBe(true);
	});

	it('parses here only when the worker could not start at all', async () => {
		fakeWorker('never starts');
		const result = await importInBackground(bigCsv, {}, 5_000);
		expect(result.format).toBe('csv');
		expect(result.dataset?.events.length).toBeGreaterThan(1000);
	});

	it('hands the text to the worker and takes its answer', async () => {
		const workers = fakeWorker('answers');
		const result = await importInBackground(bigCsv, { name: 'big.csv' }, 5_000);
		expect(result).toEqual({ format: 'csv', dataset: null, problems: [] });
		expect(workers[0].received).toEqual([{ input: bigCsv, options: { name: 'big.csv' } }]);
		expect(workers[0].terminated).toBe(true);
	});

	it('puts together a result the worker sent in parts', async () => {
		const whole = importedEvents(12);
		expect(whole.dataset?.events).toHaveLength(12);
		fakeWorker('answers', handOverMessages(whole, 5));
		expect(await importInBackground(bigCsv, {}, 5_000)).toEqual(whole);
	});

	it('refuses an answer that is not a result', async () => {
		fakeWorker('answers', [{ format: 'csv', dataset: null, problems: [] }]);
		const result = await importInBackground(bigCsv, {}, 5_000);
		expect(result.dataset).toBeNull();
		expect(result.problems[0].message).toBe(
			'this file is too complex to read (its result was not understood).'
		);
	});

	it('refuses a result whose parts did not all arrive', async () => {
		const whole = importedEvents(3);
		expect(whole.dataset?.events).toHaveLength(3);
		fakeWorker('answers', handOverMessages(whole, 2).slice(1));
		const result = await importInBackground(bigCsv, {}, 5_000);
		expect(result.problems[0].message).toBe(
			'this file is too complex to read (its result could not be passed on).'
		);
	});

	it('uses the worker started while the file downloaded, and starts no other', async () => {
		const workers = fakeWorker('answers');
		warmParser();
		expect(workers).toHaveLength(1);
		const result = await importInBackground(bigCsv, {}, 5_000);
		expect(result).toEqual({ format: 'csv', dataset: null, problems: [] });
		expect(workers).toHaveLength(1);
		expect(workers[0].received).toEqual([{ input: bigCsv, options: {} }]);
	});

	it('parses here when the worker started early could not load, without waiting for it', async () => {
		const workers = fakeWorker('answers');
		warmParser();
		workers[0].onerror?.({ preventDefault() {} });
		const result = await importInBackground(bigCsv, {}, 5_000);
		expect(result.format).toBe('csv');
		expect(result.dataset?.events.length).toBeGreaterThan(1000);
		expect(workers[0].terminated).toBe(true);
		expect(workers[0].received).toEqual([]);
	});

	it('stops the worker started early when the text is short enough to parse here', async () => {
		const workers = fakeWorker('answers');
		warmParser();
		const result = await importInBackground('title,date\nOne,2023', {}, 5_000);
		expect(result.dataset?.events).toHaveLength(1);
		expect(workers[0].terminated).toBe(true);
		expect(workers[0].received).toEqual([]);
	});
});

describe('importInBackground when the readers for the main thread do not load', () => {
	afterEach(() => {
		vi.doUnmock('./importers/importHere');
		vi.resetModules();
	});

	it('still reads a large file in the worker, and says so for a file it would read here', async () => {
		vi.resetModules();
		vi.doMock('./importers/importHere', () => {
			throw new TypeError('Failed to fetch dynamically imported module');
		});
		const { importInBackground: fresh } = await import('./importInBackground');
		const workers = fakeWorker('answers');
		expect(await fresh(bigCsv, {}, 5_000)).toEqual(NOTHING_READ);
		expect(workers).toHaveLength(1);
		expect(await fresh('title,date\nOne,2023', {}, 5_000)).toEqual({
			format: null,
			dataset: null,
			problems: [
				{
					row: 'file',
					field: '',
					message: 'the part of Chronomap that reads data files could not be loaded.',
					severity: 'error'
				}
			]
		});
	});
});
