import type { Translation } from '../translation';
import type { layers as english } from '../en/layers';

/** Albanian strings of the data's map layers and membership sets in the legend. */
export const layers = {
	layersHeading: 'Shtresat',
	euMembers: 'Shtetet anëtare të BE-së',
	layerStyle_area: 'zonë',
	layerStyle_occupied: 'zonë e pushtuar',
	layerStyle_claimed: 'zonë e pretenduar',
	layerStyle_front: 'vija e frontit',
	layerStyle_route: 'itinerar',
	layerNotNow: 'jo në këtë datë',
	membershipsOn: 'Ngjyrosja sipas gjendjes më {date}'
} satisfies Translation<typeof english>;
