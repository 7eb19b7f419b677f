/**
 * Reads CHRONOMAP_DATA_ORIGINS, a comma-separated list of origins that `?data=` may load from.
 * Shared by vite.config.ts (which hands the list to the app) and svelte.config.js (which puts
 * it into the CSP's connect-src), so the two can never disagree. Anything that is not a bare
 * http(s) origin is an error at build time rather than a silently open door.
 *
 * @param {string | undefined} text
 * @returns {string[]}
 */
export function readDataOrigins(text) {
	if (!text || !text.trim()) return [];
	return text
		.split(',')
		.map((item) => item.trim())
		.filter((item) => item !== '')
		.map((item) => {
			let url;
			try {
				url = new URL(item);
			} catch {
				throw new Error(`CHRONOMAP_DATA_ORIGINS: "${item}" is not an origin`);
			}
			const bare = url.pathname === '/' && !url.search && !url.hash && !url.username;
			if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !bare) {
				throw new Error(`CHRONOMAP_DATA_ORIGINS: "${item}" is not an http(s) origin`);
			}
			return url.origin;
		});
}
