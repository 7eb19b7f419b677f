/** Ukrainian strings of the embed's safety notices. */
export const hardening = {
	embedOriginClosed:
		'Вбудований блок не спілкується з жодною сторінкою: origin= не містить придатного джерела ({values}), тож він ігнорує команди й не надсилає повідомлень.',
	tilesFromOsm: 'Тайли мапи від OpenStreetMap'
};
