import type { Translation } from '../translation';
import type { search as english } from '../en/search';

/** Serbian (Cyrillic) strings of search, filters and the category legend. */
export const search = {
	search_label: 'Претрага догађаја',
	search_placeholder: 'Речи, имена, места или ознаке',
	search_matches: 'Догађаји који одговарају претрази: {matched} од {total}',
	search_preparing: 'Припрема се претрага…',
	search_clearFilters: 'Поништи филтере',
	search_severalActors: 'Више учесника ({count})',
	search_moreFilters: 'Још филтера',
	search_actors: 'Учесници',
	search_categories: 'Категорије',
	search_tags: 'Ознаке',
	search_places: 'Изабрана места: {count}',
	search_onlyThesePlaces: 'Прикажи само ова места',
	search_legend: 'Категорије на временској линији и мапи',
	search_mixed: 'Више категорија на једном месту',
	search_noCategory: 'Без категорије'
} satisfies Translation<typeof english>;
