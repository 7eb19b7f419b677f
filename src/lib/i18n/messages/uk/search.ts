import type { Translation } from '../translation';
import type { search as english } from '../en/search';

/** Ukrainian strings of search, filters and the category legend. */
export const search = {
	search_label: 'Пошук подій',
	search_placeholder: 'Слова, імена, місця або теги',
	search_matches: 'Подій, що відповідають пошуку: {matched} з {total}',
	search_preparing: 'Готуємо пошук…',
	search_clearFilters: 'Скинути фільтри',
	search_severalActors: 'Кілька учасників ({count})',
	search_moreFilters: 'Інші фільтри',
	search_actors: 'Учасники',
	search_categories: 'Категорії',
	search_tags: 'Теги',
	search_places: 'Вибрано місць: {count}',
	search_onlyThesePlaces: 'Показати лише ці місця',
	search_legend: 'Категорії на шкалі часу й мапі',
	search_mixed: 'Кілька категорій в одному місці',
	search_noCategory: 'Без категорії'
} satisfies Translation<typeof english>;
