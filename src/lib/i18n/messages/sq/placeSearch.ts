/** Albanian strings of the editor's place search (the shipped gazetteer). */
import type { Translation } from '../translation';
import type { placeSearch as english } from '../en/placeSearch';

export const placeSearch = {
	placeSearchHeading: 'Gjej një vend',
	placeSearchName: 'Emri i vendit',
	placeSearchButton: 'Gjej',
	placeSearchLoading: 'Po ngarkohet lista e vendeve…',
	placeSearchReady: 'Lista e vendeve është gati: {count}.',
	placeSearchFailed: 'Lista e vendeve nuk u ngarkua: {reason}',
	placeSearchNone: 'Nuk ka vend me emrin “{name}” në listë.',
	placeSearchFound: 'Vende me emrin “{name}”: {count}, më të mëdhenjtë së pari.',
	placeSearchAdd: 'Shto',
	placeSearchAddLabel: 'Shto {place} te vendet',
	placeSearchAdded: '“{name}” u shtua te vendet.',
	placeSearchExists: '“{name}” është tashmë te vendet.'
} satisfies Translation<typeof english>;
