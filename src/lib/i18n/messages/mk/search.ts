import type { Translation } from '../translation';
import type { search as english } from '../en/search';

/** Macedonian strings of search, filters and the category legend. */
export const search = {
	search_label: 'Пребарување настани',
	search_placeholder: 'Зборови, имиња, места или ознаки',
	search_matches: 'Настани што одговараат на пребарувањето: {matched} од {total}',
	search_preparing: 'Се подготвува пребарувањето…',
	search_clearFilters: 'Исчисти ги филтрите',
	search_severalActors: 'Неколку учесници ({count})',
	search_moreFilters: 'Други филтри',
	search_actors: 'Учесници',
	search_categories: 'Категории',
	search_tags: 'Ознаки',
	search_places: 'Избрани места: {count}',
	search_onlyThesePlaces: 'Прикажи ги само овие места',
	search_legend: 'Категории на временската линија и картата',
	search_mixed: 'Неколку категории на едно место',
	search_noCategory: 'Без категорија'
} satisfies Translation<typeof english>;
