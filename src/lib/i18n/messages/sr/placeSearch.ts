/** Serbian (Cyrillic) strings of the editor's place search (the shipped gazetteer). */
import type { Translation } from '../translation';
import type { placeSearch as english } from '../en/placeSearch';

export const placeSearch = {
	placeSearchHeading: 'Пронађи место',
	placeSearchName: 'Назив места',
	placeSearchButton: 'Пронађи',
	placeSearchLoading: 'Учитава се списак места…',
	placeSearchReady: 'Списак места је спреман: {count}.',
	placeSearchFailed: 'Списак места није могао да се учита: {reason}',
	placeSearchNone: 'На списку нема места „{name}“.',
	placeSearchFound: 'Места под називом „{name}“: {count}, прво највећа.',
	placeSearchAdd: 'Додај',
	placeSearchAddLabel: 'Додај {place} у места',
	placeSearchAdded: '„{name}“ је додато у места.',
	placeSearchExists: '„{name}“ је већ међу местима.'
} satisfies Translation<typeof english>;
