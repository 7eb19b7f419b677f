/** English strings of search, filters and the category legend. */
export const search = {
	search_label: 'Search events',
	search_placeholder: 'Words, names, places or tags',
	search_matches: '{matched} of {total} events match',
	search_preparing: 'Preparing search…',
	search_clearFilters: 'Clear filters',
	search_severalActors: 'Several actors ({count})',
	search_moreFilters: 'More filters',
	search_actors: 'Actors',
	search_categories: 'Categories',
	search_tags: 'Tags',
	search_places: 'Places chosen: {count}',
	search_onlyThesePlaces: 'Show only these places',
	search_legend: 'Categories on the timeline and map',
	search_mixed: 'Several categories at one place',
	search_noCategory: 'No category'
};
