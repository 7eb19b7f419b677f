import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { injectFirstView } from '$lib/server/prerender/injectFirstView';

/** The routes whose HTML carries the shipped dataset's first view (see docs/performance.md). */
const FIRST_VIEW_ROUTES = new Set([`${base}/`, `${base}/embed/`]);

/** At build time, writes the story into `/` and `/embed/` so it shows before (and without) scripts. */
export const handle: Handle = ({ event, resolve }) => {
	const { pathname } = event.url;
	const wanted = FIRST_VIEW_ROUTES.has(pathname);
	return resolve(event, {
		// Prerendered pages arrive whole, in one chunk.
		transformPageChunk: ({ html }) => {
			if (!wanted) return html.replace('<!--cm-head-->', '').replace('<!--cm-static-->', '');
			return injectFirstView(html, {
				base,
				pathname,
				embedded: pathname === `${base}/embed/`,
				// Read when the build runs: the site's address is part of the built HTML.
				siteUrl: process.env.PUBLIC_SITE_URL
			});
		}
	});
};
