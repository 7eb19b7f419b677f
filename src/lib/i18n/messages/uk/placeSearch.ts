/** Ukrainian strings of the editor's place search (the shipped gazetteer). */
import type { Translation } from '../translation';
import type { placeSearch as english } from '../en/placeSearch';

export const placeSearch = {
	placeSearchHeading: 'Знайти місце',
	placeSearchName: 'Назва місця',
	placeSearchButton: 'Знайти',
	placeSearchLoading: 'Завантаження списку місць…',
	placeSearchReady: 'Список місць готовий: {count}.',
	placeSearchFailed: 'Не вдалося завантажити список місць: {reason}',
	placeSearchNone: 'У списку немає місця «{name}».',
	placeSearchFound: 'Місця з назвою «{name}»: {count}, спершу найбільші.',
	placeSearchAdd: 'Додати',
	placeSearchAddLabel: 'Додати {place} до місць',
	placeSearchAdded: '«{name}» додано до місць.',
	placeSearchExists: '«{name}» вже є серед місць.'
} satisfies Translation<typeof english>;
