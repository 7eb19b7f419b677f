import { describe, expect, it } from 'vitest';
import { WORK_KEY, clearWork, readWork, writeWork } from './savedWork';

function memory() {
	const items = new Map<string, string>();
	return {
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
		removeItem: (key: string) => void items.delete(key),
		items
	};
}

describe('saved work', () => {
	const file = { version: 1, title: 'T', places: [], events: [{ id: 'a' }] };

	it('writes and reads back the file and when it was saved', () => {
		const storage = memory();
		expect(writeWork(storage, file, 1700000000000)).toBe(true);
		expect(readWork(storage)).toEqual({ savedAt: 1700000000000, file });
		clearWork(storage);
		expect(readWork(storage)).toBeNull();
	});

	it.each([
		{ name: 'nothing', text: null },
		{ name: 'broken JSON', text: '{"savedAt":' },
		{ name: 'no rows', text: '{"savedAt":1,"file":{"title":"T"}}' },
		{ name: 'no time', text: '{"file":{"events":[],"places":[]}}' }
	])('reads $name as no work', ({ text }) => {
		const storage = memory();
		if (text !== null) storage.items.set(WORK_KEY, text);
		expect(readWork(storage)).toBeNull();
	});

	it('says false when storage is full or missing', () => {
		const full = {
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			}
		};
		expect(writeWork(full, file, 1)).toBe(false);
		expect(writeWork(null, file, 1)).toBe(false);
	});
});
