import type { Translation } from '../translation';
import type { mapTiles as english } from '../en/mapTiles';

/** Serbian (Latin) strings of the operator's own map tiles. */
export const mapTiles = {
	tilesRefused: 'Pločice mape nisu prikazane: {origin} nije sopstvena adresa ovog sajta.'
} satisfies Translation<typeof english>;
