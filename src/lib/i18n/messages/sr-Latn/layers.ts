import type { Translation } from '../translation';
import type { layers as english } from '../en/layers';

/** Serbian (Latin) strings of the data's map layers and membership sets in the legend. */
export const layers = {
	layersHeading: 'Slojevi',
	euMembers: 'Države članice EU',
	layerStyle_area: 'područje',
	layerStyle_occupied: 'okupirano područje',
	layerStyle_claimed: 'područje na koje se polaže pravo',
	layerStyle_front: 'linija fronta',
	layerStyle_route: 'putanja',
	layerNotNow: 'ne na ovaj datum',
	membershipsOn: 'Bojenje prema stanju na dan {date}'
} satisfies Translation<typeof english>;
