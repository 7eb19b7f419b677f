import type { Translation } from '../translation';
import type { layers as english } from '../en/layers';

/** Serbian (Cyrillic) strings of the data's map layers and membership sets in the legend. */
export const layers = {
	layersHeading: 'Слојеви',
	euMembers: 'Државе чланице ЕУ',
	layerStyle_area: 'подручје',
	layerStyle_occupied: 'окупирано подручје',
	layerStyle_claimed: 'подручје на које се полаже право',
	layerStyle_front: 'линија фронта',
	layerStyle_route: 'путања',
	layerNotNow: 'не на овај датум',
	membershipsOn: 'Бојење према стању на дан {date}'
} satisfies Translation<typeof english>;
