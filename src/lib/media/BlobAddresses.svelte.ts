import { SvelteMap } from 'svelte/reactivity';
import { fetchMediaBlob } from './fetchMediaBlob';

/** A file from the data's origin to fetch, and its cap. */
export interface BlobRequest {
	url: string;
	kind: 'image' | 'video' | 'audio' | 'track';
	maxBytes: number;
}

/**
 * `blob:` addresses for media on the data's origin, fetched through `connect-src` with a size
 * cap. `load` starts fetching and returns its mirror, which aborts and revokes everything it made.
 */
export class BlobAddresses {
	#addresses = new SvelteMap<string, string | null>();

	/** The blob address; undefined while loading, null when it could not be loaded. */
	get(url: string): string | null | undefined {
		return this.#addresses.get(url);
	}

	load(requests: BlobRequest[]): () => void {
		const controller = new AbortController();
		const made: string[] = [];
		for (const { url, kind, maxBytes } of requests) {
			fetchMediaBlob(url, kind, maxBytes, controller.signal).then(
				(blob) => {
					if (controller.signal.aborted) return;
					const address = URL.createObjectURL(blob);
					made.push(address);
					this.#addresses.set(url, address);
				},
				() => {
					if (!controller.signal.aborted) this.#addresses.set(url, null);
				}
			);
		}
		return () => {
			controller.abort();
			made.forEach((address) => URL.revokeObjectURL(address));
			this.#addresses.clear();
		};
	}
}
