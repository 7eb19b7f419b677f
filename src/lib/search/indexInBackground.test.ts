import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDataset } from '$lib/data/parseDataset';
import { generateEvents } from '../../../scripts/generateEvents';
import { indexEvents } from './eventSearchText';
import { MAIN_THREAD_EVENTS, indexInBackground } from './indexInBackground';
import { indexBuilder, packIndex, unpackIndex } from './packedIndex';
import { buildSearchIndex, search, type SearchIndex } from './searchIndex';

/** A stand-in for the search worker: runs its side of the exchange, cloning and transferring as postMessage does. */
class FakeWorker {
	static started = 0;
	onmessage: ((event: { data: unknown }) => void) | null = null;
	onerror: ((event: { preventDefault(): void }) => void) | null = null;
	#receive = indexBuilder();
	constructor() {
		FakeWorker.started++;
	}
	postMessage(request: Parameters<ReturnType<typeof indexBuilder>>[0]) {
		const built = this.#receive(structuredClone(request));
		if (!built) return;
		const data = structuredClone(built.packed, { transfer: built.transfer });
		setTimeout(() => this.onmessage?.({ data }));
	}
	terminate() {}
}

const large = parseDataset(generateEvents(MAIN_THREAD_EVENTS + 100, 3, { places: 200 })).dataset!;
const small = parseDataset(generateEvents(50, 3, { places: 10 })).dataset!;

/** Deep equality of two indexes, quick on long typed arrays (toEqual walks them element by element). */
function expectSame(actual: SearchIndex | null, expected: SearchIndex) {
	const flat = (index: SearchIndex) => ({
		...index,
		words: index.words.join('\n'),
		postingStart: Buffer.from(index.postingStart.buffer).toString('base64'),
		postings: Buffer.from(index.postings.buffer).toString('base64'),
		documentStart: Buffer.from(index.documentStart.buffer).toString('base64'),
		documentWords: Buffer.from(index.documentWords.buffer).toString('base64')
	});
	expect(actual && flat(actual)).toEqual(flat(expected));
}

afterEach(() => {
	vi.unstubAllGlobals();
	FakeWorker.started = 0;
});

describe('indexInBackground(dataset, language, signal)', () => {
	it.each(['en', 'uk', 'ar'])(
		'builds in the worker the index the main thread builds, in %j',
		async (language) => {
			vi.stubGlobal('Worker', FakeWorker);
			const built = await indexInBackground(large, language, new AbortController().signal);
			expect(FakeWorker.started).toBe(1);
			expectSame(built, indexEvents(large, language));
		}
	);

	it('builds a small dataset here, without a worker', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		expectSame(
			await indexInBackground(small, 'en', new AbortController().signal),
			indexEvents(small, 'en')
		);
		expect(FakeWorker.started).toBe(0);
	});

	it('builds here when no worker can start', async () => {
		vi.stubGlobal(
			'Worker',
			class {
				constructor() {
					throw new Error('refused by the content policy');
				}
			}
		);
		expectSame(
			await indexInBackground(large, 'en', new AbortController().signal),
			indexEvents(large, 'en')
		);
	});

	it('resolves to null once aborted', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		const controller = new AbortController();
		const built = indexInBackground(large, 'en', controller.signal);
		controller.abort();
		expect(await built).toBeNull();
	});
});

describe('packIndex and unpackIndex', () => {
	it.each([[[]], [['Kyiv referendum', 'Київ', 'استفتاء القرم']]])(
		'round-trip %j through a transfer',
		async (texts) => {
			const index = buildSearchIndex(texts, 'uk');
			const copy = buildSearchIndex(texts, 'uk');
			const { packed, transfer } = packIndex(copy);
			const back = await unpackIndex(structuredClone(packed, { transfer }));
			expectSame(back, index);
			expect(search(back, 'ки')).toEqual(search(index, 'ки'));
		}
	);
});
