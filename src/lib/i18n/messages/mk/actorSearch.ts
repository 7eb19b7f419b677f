/** Macedonian strings of the actor search (datasets with many actors). */
export const actorSearch = {
	actorSearchPlaceholder: 'Внесете име',
	actorMatches: 'Пронајдени учесници: {count}',
	actorMatchesFirst:
		'Пронајдени учесници: {count}; прикажани се првите {shown}, внесете повеќе за да стесните',
	actorChosen: 'Прикажано само: {actor}'
};
