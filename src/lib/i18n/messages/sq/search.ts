import type { Translation } from '../translation';
import type { search as english } from '../en/search';

/** Albanian strings of search, filters and the category legend. */
export const search = {
	search_label: 'Kërko ngjarje',
	search_placeholder: 'Fjalë, emra, vende ose etiketa',
	search_matches: 'Ngjarje që përputhen: {matched} nga {total}',
	search_preparing: 'Po përgatitet kërkimi…',
	search_clearFilters: 'Pastro filtrat',
	search_severalActors: 'Disa aktorë ({count})',
	search_moreFilters: 'Filtra të tjerë',
	search_actors: 'Aktorët',
	search_categories: 'Kategoritë',
	search_tags: 'Etiketat',
	search_places: 'Vende të zgjedhura: {count}',
	search_onlyThesePlaces: 'Shfaq vetëm këto vende',
	search_legend: 'Kategoritë në vijën kohore dhe në hartë',
	search_mixed: 'Disa kategori në një vend',
	search_noCategory: 'Pa kategori'
} satisfies Translation<typeof english>;
