/** English strings of the embed's safety notices. */
export const hardening = {
	embedOriginClosed:
		'This embed talks to no page: origin= holds no usable origin ({values}), so it ignores commands and posts no messages.',
	tilesFromOsm: 'Map tiles from OpenStreetMap'
};
