/** English strings of the data's map layers and membership sets in the legend. */
export const layers = {
	layersHeading: 'Layers',
	euMembers: 'EU members',
	layerStyle_area: 'area',
	layerStyle_occupied: 'occupied area',
	layerStyle_claimed: 'claimed area',
	layerStyle_front: 'front line',
	layerStyle_route: 'route',
	layerNotNow: 'not at this date',
	membershipsOn: 'Shading as of {date}'
} as const;
