import type { Translation } from '../translation';
import type { actorSearch as english } from '../en/actorSearch';

/** Serbian (Latin) strings of the actor search (datasets with many actors). */
export const actorSearch = {
	actorSearchPlaceholder: 'Unesite ime',
	actorMatches: 'Pronađeno učesnika: {count}',
	actorMatchesFirst:
		'Pronađeno učesnika: {count}; prikazano je prvih {shown}, unesite više da suzite izbor',
	actorChosen: 'Prikazano samo: {actor}'
} satisfies Translation<typeof english>;
