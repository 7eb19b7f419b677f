/**
 * Reads CHRONOMAP_TILE_URL and CHRONOMAP_TILE_ATTRIBUTION: an operator's own raster tiles, drawn
 * under the vector layers. The template must be a path on the app's own origin ("/tiles/{z}/{x}/{y}.png")
 * or a full http(s) address, which the page still refuses unless it is on the page's origin
 * (known only there). Anything else is an error at build time rather than a silent request elsewhere.
 *
 * @param {string | undefined} url
 * @param {string | undefined} attribution
 * @returns {{ template: string, attribution: string } | null}
 */
export function readTileSource(url, attribution) {
	const template = url?.trim() ?? '';
	if (template === '') return null;
	for (const part of ['{z}', '{x}', '{y}']) {
		if (!template.includes(part)) {
			throw new Error(`CHRONOMAP_TILE_URL: "${template}" has no ${part} in it`);
		}
	}
	const isPath = template.startsWith('/') && !template.startsWith('//');
	if (!isPath) {
		let parsed;
		try {
			parsed = new URL(template);
		} catch {
			throw new Error(`CHRONOMAP_TILE_URL: "${template}" is neither a path nor an address`);
		}
		if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || parsed.username) {
			throw new Error(`CHRONOMAP_TILE_URL: "${template}" is not an http(s) address`);
		}
	}
	const credit = attribution?.trim() ?? '';
	if (credit === '') {
		throw new Error('CHRONOMAP_TILE_ATTRIBUTION: say whose tiles these are (plain text)');
	}
	return { template, attribution: credit.slice(0, 300) };
}
