import type { Translation } from '../translation';
import type { mapTiles as english } from '../en/mapTiles';

/** Albanian strings of the operator's own map tiles. */
export const mapTiles = {
	tilesRefused: 'Pllakat e hartës nuk u shfaqën: {origin} nuk është adresa e vetë këtij sajti.'
} satisfies Translation<typeof english>;
