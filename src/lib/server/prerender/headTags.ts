import type { Dataset } from '$lib/data/model';

const escapeAttribute = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export interface HeadOptions {
	/** PUBLIC_SITE_URL at build time: absolute links need it; without it they are left out. */
	siteUrl?: string;
	/** The page's path below the site, e.g. '/' or '/embed/'. */
	pathname: string;
	/** The share picture's file, relative to the site. */
	imageFile: string;
}

/**
 * The tags a link unfurler, a search engine or a feed reader reads: description, Open Graph and
 * Twitter card. og:image and og:url must be absolute, so without a site address they are left
 * out rather than written relative and broken.
 */
export function headTags(dataset: Pick<Dataset, 'title' | 'description'>, options: HeadOptions) {
	const description = (dataset.description ?? dataset.title).slice(0, 300);
	const tags: [string, string, string][] = [
		['name', 'description', description],
		['property', 'og:type', 'website'],
		['property', 'og:title', dataset.title],
		['property', 'og:description', description]
	];
	const given = options.siteUrl?.trim().replace(/\/+$/, '') ?? '';
	const site = /^https?:\/\/[^/]/.test(given) ? given : null;
	if (site) {
		tags.push(['property', 'og:image', `${site}/${options.imageFile}`]);
		tags.push(['property', 'og:image:width', '1200']);
		tags.push(['property', 'og:image:height', '630']);
		tags.push(['property', 'og:url', `${site}${options.pathname}`]);
	}
	tags.push(['name', 'twitter:card', site ? 'summary_large_image' : 'summary']);
	return tags
		.map(
			([key, name, content]) => `<meta ${key}="${name}" content="${escapeAttribute(content)}" />`
		)
		.join('\n\t\t');
}
