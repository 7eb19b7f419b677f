import type { Translation } from '../translation';
import type { data as english } from '../en/data';

/** Serbian (Latin) strings of opening a data file: the button, the drop target, progress and the no-places note. */
export const data = {
	openFile: 'Otvori datoteku',
	openFileHint:
		'Pregledajte sopstvene podatke: Chronomap JSON ili CSV, TimelineJS, GeoJSON, KML ili GPX. Ništa se ne otprema na server.',
	dropFile: 'Pustite datoteku da biste je pregledali',
	downloading: 'Preuzimanje podataka',
	reading: 'Čitanje datoteke {name}',
	parsing: 'Provera podataka',
	loadedBytes: '{loaded}',
	loadedBytesOf: '{loaded} od {total}',
	opened: 'Otvorena je datoteka {name}: događaja — {count}.',
	openFailed: 'Datoteka {name} nije mogla da se otvori: {reason}',
	noPlaces: 'Za ove događaje nisu navedena mesta, pa ih mapa ne prikazuje.'
} satisfies Translation<typeof english>;
