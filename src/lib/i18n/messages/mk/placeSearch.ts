/** Macedonian strings of the editor's place search (the shipped gazetteer). */
import type { Translation } from '../translation';
import type { placeSearch as english } from '../en/placeSearch';

export const placeSearch = {
	placeSearchHeading: 'Најди место',
	placeSearchName: 'Име на местото',
	placeSearchButton: 'Најди',
	placeSearchLoading: 'Се вчитува списокот места…',
	placeSearchReady: 'Списокот места е подготвен: {count}.',
	placeSearchFailed: 'Списокот места не може да се вчита: {reason}',
	placeSearchNone: 'Во списокот нема место „{name}“.',
	placeSearchFound: 'Места со име „{name}“: {count}, најнаселените прво.',
	placeSearchAdd: 'Додај',
	placeSearchAddLabel: 'Додај {place} во местата',
	placeSearchAdded: '„{name}“ е додадено во местата.',
	placeSearchExists: '„{name}“ веќе е меѓу местата.'
} satisfies Translation<typeof english>;
