/** Ukrainian strings of the data's map layers and membership sets in the legend. */
export const layers = {
	layersHeading: 'Шари',
	euMembers: 'Країни — члени ЄС',
	layerStyle_area: 'територія',
	layerStyle_occupied: 'окупована територія',
	layerStyle_claimed: 'територія, на яку заявлено претензії',
	layerStyle_front: 'лінія фронту',
	layerStyle_route: 'маршрут',
	layerNotNow: 'не на цю дату',
	membershipsOn: 'Заливка станом на {date}'
} as const;
