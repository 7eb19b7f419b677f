/** Ukrainian strings of the operator's own map tiles. */
export const mapTiles = {
	tilesRefused: 'Тайли мапи не показано: {origin} — не власна адреса цього сайту.'
};
