/** Ukrainian strings of the actor search (datasets with many actors). */
export const actorSearch = {
	actorSearchPlaceholder: 'Введіть ім’я',
	actorMatches: 'Знайдено учасників: {count}',
	actorMatchesFirst: 'Знайдено учасників: {count}; показано перших {shown}, уточніть пошук',
	actorChosen: 'Показано лише: {actor}'
};
