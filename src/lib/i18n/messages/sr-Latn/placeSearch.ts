/** Serbian (Latin) strings of the editor's place search (the shipped gazetteer). */
import type { Translation } from '../translation';
import type { placeSearch as english } from '../en/placeSearch';

export const placeSearch = {
	placeSearchHeading: 'Pronađi mesto',
	placeSearchName: 'Naziv mesta',
	placeSearchButton: 'Pronađi',
	placeSearchLoading: 'Učitava se spisak mesta…',
	placeSearchReady: 'Spisak mesta je spreman: {count}.',
	placeSearchFailed: 'Spisak mesta nije mogao da se učita: {reason}',
	placeSearchNone: 'Na spisku nema mesta „{name}“.',
	placeSearchFound: 'Mesta pod nazivom „{name}“: {count}, prvo najveća.',
	placeSearchAdd: 'Dodaj',
	placeSearchAddLabel: 'Dodaj {place} u mesta',
	placeSearchAdded: '„{name}“ je dodato u mesta.',
	placeSearchExists: '„{name}“ je već među mestima.'
} satisfies Translation<typeof english>;
