import type { Translation } from '../translation';
import type { actorSearch as english } from '../en/actorSearch';

/** Serbian (Cyrillic) strings of the actor search (datasets with many actors). */
export const actorSearch = {
	actorSearchPlaceholder: 'Унесите име',
	actorMatches: 'Пронађено учесника: {count}',
	actorMatchesFirst:
		'Пронађено учесника: {count}; приказано је првих {shown}, унесите више да сузите избор',
	actorChosen: 'Приказано само: {actor}'
} satisfies Translation<typeof english>;
