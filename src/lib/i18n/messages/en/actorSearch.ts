/** English strings of the actor search (datasets with many actors). */
export const actorSearch = {
	actorSearchPlaceholder: 'Type a name',
	actorMatches: 'Actors found: {count}',
	actorMatchesFirst: 'Actors found: {count}; the first {shown} are listed, type more to narrow',
	actorChosen: 'Showing only: {actor}'
};
