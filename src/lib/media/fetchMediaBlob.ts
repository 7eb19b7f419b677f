/** What a fetched media file may be, by the item's kind (`text/vtt` for caption tracks). */
const ACCEPTED: Record<string, RegExp> = {
	image: /^image\//,
	video: /^video\//,
	audio: /^audio\//,
	track: /^text\/vtt/
};

/**
 * Fetches one media file from the data's origin into a Blob, through the CSP's `connect-src`,
 * for display from a `blob:` address: no redirects (so no other host is contacted), no cookies,
 * the right type, and never more than `maxBytes` read, whatever the server claims.
 */
export async function fetchMediaBlob(
	url: string,
	kind: keyof typeof ACCEPTED,
	maxBytes: number,
	signal?: AbortSignal
): Promise<Blob> {
	const response = await fetch(url, { credentials: 'omit', redirect: 'error', signal });
	if (!response.ok) throw new Error(`answered ${response.status}`);
	const type = (response.headers.get('content-type') ?? '').toLowerCase();
	if (!ACCEPTED[kind].test(type)) throw new Error(`is ${type || 'of no stated type'}, not ${kind}`);
	const declared = Number(response.headers.get('content-length'));
	if (declared > maxBytes) throw new Error(`is larger than ${maxBytes} bytes`);
	if (!response.body) return new Blob([], { type });
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let received = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		received += value.byteLength;
		if (received > maxBytes) {
			await reader.cancel();
			throw new Error(`is larger than ${maxBytes} bytes`);
		}
		chunks.push(value);
	}
	return new Blob(chunks as BlobPart[], { type });
}
