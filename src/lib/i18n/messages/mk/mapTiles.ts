/** Macedonian strings of the operator's own map tiles. */
export const mapTiles = {
	tilesRefused:
		'Плочките на картата не се прикажани: {origin} не е сопствена адреса на ова мрежно место.'
};
