/** English strings of the operator's own map tiles. */
export const mapTiles = {
	tilesRefused: 'Map tiles not drawn: {origin} is not this site’s own address.'
};
