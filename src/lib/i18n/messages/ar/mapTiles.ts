import type { Translation } from '../translation';
import type { mapTiles as english } from '../en/mapTiles';

/** Arabic strings of the operator's own map tiles. */
export const mapTiles = {
	tilesRefused: 'لم تُرسم مربعات الخريطة: {origin} ليس عنوان هذا الموقع نفسه.'
} satisfies Translation<typeof english>;
