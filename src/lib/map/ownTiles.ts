/** An operator's own tiles as the build fixed them (scripts/tileSource.js); null: none. */
export interface TileSource {
	template: string;
	attribution: string;
}

/** The tiles this build was made with (CHRONOMAP_TILE_URL), checked at build time. */
export const BUILD_TILES: TileSource | null = __CHRONOMAP_TILES__;

export type OwnTiles =
	| { kind: 'none' }
	| { kind: 'own'; template: string; attribution: string }
	| { kind: 'refused'; template: string; origin: string };

/**
 * Whether the page may draw the build's own tiles: a path is on the page's origin by
 * construction; a full address only if its origin is the page's, so a build can never make the
 * map ask another site for tiles (the one way to do that stays the reader's own `?tiles=osm`).
 */
export function ownTiles(source: TileSource | null, pageOrigin: string): OwnTiles {
	if (!source) return { kind: 'none' };
	const { template, attribution } = source;
	if (template.startsWith('/') && !template.startsWith('//')) {
		return { kind: 'own', template: pageOrigin + template, attribution };
	}
	let origin: string;
	try {
		origin = new URL(template).origin;
	} catch {
		return { kind: 'refused', template, origin: 'null' };
	}
	return origin === pageOrigin
		? { kind: 'own', template, attribution }
		: { kind: 'refused', template, origin };
}

/** Attribution text as markup Leaflet can show: the operator's words, never their tags. */
export function escapeText(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!
	);
}
