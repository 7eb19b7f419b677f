/** Macedonian strings of the data's map layers and membership sets in the legend. */
export const layers = {
	layersHeading: 'Слоеви',
	euMembers: 'Членки на ЕУ',
	layerStyle_area: 'подрачје',
	layerStyle_occupied: 'окупирано подрачје',
	layerStyle_claimed: 'подрачје за кое се тврди дека е анексирано',
	layerStyle_front: 'линија на фронтот',
	layerStyle_route: 'маршрута',
	layerNotNow: 'не на овој датум',
	membershipsOn: 'Обоено според состојбата на {date}'
} as const;
