import type { Translation } from '../translation';
import type { actorSearch as english } from '../en/actorSearch';

/** Albanian strings of the actor search (datasets with many actors). */
export const actorSearch = {
	actorSearchPlaceholder: 'Shkruani një emër',
	actorMatches: 'Aktorë të gjetur: {count}',
	actorMatchesFirst:
		'Aktorë të gjetur: {count}; shfaqen të parët {shown}, shkruani më shumë për ta ngushtuar',
	actorChosen: 'Shfaqet vetëm: {actor}'
} satisfies Translation<typeof english>;
