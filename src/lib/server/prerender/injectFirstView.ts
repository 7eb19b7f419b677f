import { render } from 'svelte/server';
import StaticView from '$lib/static/StaticView.svelte';
import { firstView } from './firstView';
import { headTags } from './headTags';
import { takeModulePreloads } from './takeModulePreloads';
import { withShippedData } from './withShippedData';
import parserWorkerUrl from '$lib/data/parse.worker.ts?worker&url';

/** Built by src/routes/share-card.png/+server.ts. */
export const SHARE_IMAGE = 'share-card.png';

/**
 * Writes the first view into a prerendered page shell: tags and the pre-paint script into the
 * head, the static view and the dataset (so the app need not fetch it again) into the body.
 */
export function injectFirstView(
	html: string,
	{
		base,
		pathname,
		embedded,
		siteUrl
	}: { base: string; pathname: string; embedded: boolean; siteUrl?: string }
): string {
	const view = firstView();
	const { body } = render(StaticView, {
		props: { dataset: view.dataset, map: view.map, timeline: view.timeline, embedded }
	});
	// Relative like SvelteKit's own links, so the site works below any path.
	const depth = pathname.slice(base.length).split('/').length - 2;
	const assets = depth === 0 ? '.' : Array(depth).fill('..').join('/');
	const head = [
		`<title>${escapeText(view.dataset.title)} · Chronomap</title>`,
		headTags(view.dataset, {
			siteUrl,
			pathname: pathname.slice(base.length),
			imageFile: SHARE_IMAGE
		}),
		`<link rel="stylesheet" href="${assets}/static-view.css" />`
	].join('\n\t\t');
	const { html: shell, modules } = takeModulePreloads(html);
	const parser = `${assets}/${parserWorkerUrl.replace(/^.*?\/(_app\/)/, '$1')}`;
	const prepaint = `<script src="${assets}/prepaint.js" data-modules="${modules.join(' ')}" data-parser="${parser}"></script>`;
	return beforeStylesheets(shell, prepaint)
		.replace('<!--cm-head-->', () => head)
		.replace('<!--cm-static-->', () => withShippedData(withoutMarkers(body), view.shipped));
}

/**
 * Puts `tag` just ahead of the page's first stylesheet: after the module preloads, which the
 * parser should meet at once, and before the stylesheets, which a script after them waits for.
 * It needs no styles, and a data file it starts downloading should not wait for them either.
 */
function beforeStylesheets(html: string, tag: string): string {
	const first = html.search(/<link\b[^>]*\brel="stylesheet"/);
	const at = first >= 0 ? first : html.indexOf('</head>');
	return `${html.slice(0, at)}${tag}\n\t\t${html.slice(at)}`;
}

/** Svelte's hydration comments: this view is never hydrated, so they are only bytes. */
const withoutMarkers = (html: string) => html.replace(/<!--[[\]!0-9-]*-->/g, '');

const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
