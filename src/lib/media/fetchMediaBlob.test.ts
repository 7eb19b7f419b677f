import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchMediaBlob } from './fetchMediaBlob';

const serve = (body: BodyInit | null, headers: Record<string, string | undefined>, status = 200) =>
	vi.spyOn(globalThis, 'fetch').mockResolvedValue(
		new Response(body, {
			status,
			headers: Object.entries(headers).filter((entry): entry is [string, string] => !!entry[1])
		})
	);

afterEach(() => vi.restoreAllMocks());

describe('fetchMediaBlob(url, kind, maxBytes)', () => {
	it('reads an image of the right type without cookies or redirects', async () => {
		const spy = serve(new Uint8Array([1, 2, 3]), { 'content-type': 'image/png' });
		const blob = await fetchMediaBlob('https://data.example/a.png', 'image', 10);
		expect([blob.size, blob.type]).toEqual([3, 'image/png']);
		expect(spy.mock.calls[0][1]).toMatchObject({ credentials: 'omit', redirect: 'error' });
	});

	it.each([
		{ name: 'a page posing as an image', body: 'x', headers: { 'content-type': 'text/html' } },
		{
			name: 'a file that says it is too large',
			body: 'x',
			headers: { 'content-type': 'image/png', 'content-length': '11' }
		},
		{
			name: 'a file that is larger than it says',
			body: 'x'.repeat(11),
			headers: { 'content-type': 'image/png', 'content-length': '1' }
		},
		{ name: 'an error answer', body: 'x', headers: { 'content-type': 'image/png' }, status: 404 }
	])('refuses $name', async ({ body, headers, status }) => {
		serve(body, headers, status);
		await expect(fetchMediaBlob('https://data.example/a.png', 'image', 10)).rejects.toThrow();
	});
});
