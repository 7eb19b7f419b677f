import type { Translation } from '../translation';
import type { mapTiles as english } from '../en/mapTiles';

/** Serbian (Cyrillic) strings of the operator's own map tiles. */
export const mapTiles = {
	tilesRefused: 'Плочице мапе нису приказане: {origin} није сопствена адреса овог сајта.'
} satisfies Translation<typeof english>;
