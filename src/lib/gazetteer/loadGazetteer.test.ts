import { describe, expect, it, vi } from 'vitest';
import { GAZETTEER_PATH, loadGazetteer, lookupPlace } from './loadGazetteer';

describe('loadGazetteer(base, fetchText)', () => {
	it('fetches the file from the app origin once and retries after a failure', async () => {
		const failing = vi.fn(() => Promise.reject(new Error('offline')));
		await expect(loadGazetteer('/first', failing)).rejects.toThrow('offline');
		const fetchText = vi.fn(async () => 'Skopje\tMK\t474000\t42.00\t21.43\tСкопје\n');
		const [a, b] = await Promise.all([
			loadGazetteer('/first', fetchText),
			loadGazetteer('/first', fetchText)
		]);
		expect(a).toBe(b);
		expect(fetchText).toHaveBeenCalledOnce();
		expect(fetchText).toHaveBeenCalledWith(`/first${GAZETTEER_PATH}`);
		expect((await lookupPlace('Скопје', '/first')).match).toMatchObject({
			name: 'Skopje',
			country: 'MK'
		});
	});
});
