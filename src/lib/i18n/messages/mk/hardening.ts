/** Macedonian strings of the embed's safety notices. */
export const hardening = {
	embedOriginClosed:
		'Вградениот приказ не комуницира со ниедна страница: origin= нема употреблив извор ({values}), па ги игнорира командите и не испраќа пораки.',
	tilesFromOsm: 'Плочки на картата од OpenStreetMap'
};
