import { afterEach, describe, expect, it, vi } from 'vitest';
import { BlobAddresses } from './BlobAddresses.svelte';

afterEach(() => vi.restoreAllMocks());

function serve(types: Record<string, string>) {
	vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
		const type = types[String(input)];
		return type
			? new Response('x', { headers: { 'content-type': type } })
			: new Response('no', { status: 404 });
	});
	let made = 0;
	vi.spyOn(URL, 'createObjectURL').mockImplementation(() => `blob:test/${++made}`);
	return vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
}

describe('BlobAddresses', () => {
	it('gives each fetched file a blob: address, null for a failure, and revokes them all', async () => {
		const revoke = serve({ 'https://data.example/a.png': 'image/png' });
		const addresses = new BlobAddresses();
		const stop = addresses.load([
			{ url: 'https://data.example/a.png', kind: 'image', maxBytes: 10 },
			{ url: 'https://data.example/gone.png', kind: 'image', maxBytes: 10 }
		]);
		expect(addresses.get('https://data.example/a.png')).toBeUndefined();
		await vi.waitFor(() => expect(addresses.get('https://data.example/gone.png')).toBeNull());
		await vi.waitFor(() => expect(addresses.get('https://data.example/a.png')).toBe('blob:test/1'));
		stop();
		expect(revoke).toHaveBeenCalledWith('blob:test/1');
		expect(addresses.get('https://data.example/a.png')).toBeUndefined();
	});

	it('makes no address for a file that arrives after it was stopped', async () => {
		serve({ 'https://data.example/a.png': 'image/png' });
		const addresses = new BlobAddresses();
		addresses.load([{ url: 'https://data.example/a.png', kind: 'image', maxBytes: 10 }])();
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(URL.createObjectURL).not.toHaveBeenCalled();
		expect(addresses.get('https://data.example/a.png')).toBeUndefined();
	});
});
