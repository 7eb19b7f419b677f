/**
 * A dataset download the page began before the app's code arrived: `static/prepaint.js` starts
 * one for a same-site `?data=` address, so the file and the code load side by side.
 */
export interface EarlyFetch {
	href: string;
	controller: AbortController;
	response: Promise<Response>;
}

declare global {
	interface Window {
		__chronomapEarlyData?: EarlyFetch;
	}
}

/**
 * Takes over the early download of `url`, once: any later load of the same address fetches
 * afresh. Only a download made as this one would be (no cookies) is taken.
 */
export function takeEarlyFetch(url: URL, credentials: 'omit' | 'same-origin'): EarlyFetch | null {
	if (typeof window === 'undefined') return null;
	const early = window.__chronomapEarlyData;
	if (!early || early.href !== url.href || credentials !== 'omit') return null;
	delete window.__chronomapEarlyData;
	return early;
}
