import type { Translation } from '../translation';
import type { data as english } from '../en/data';

/** Serbian (Cyrillic) strings of opening a data file: the button, the drop target, progress and the no-places note. */
export const data = {
	openFile: 'Отвори датотеку',
	openFileHint:
		'Прегледајте сопствене податке: Chronomap JSON или CSV, TimelineJS, GeoJSON, KML или GPX. Ништа се не отпрема на сервер.',
	dropFile: 'Пустите датотеку да бисте је прегледали',
	downloading: 'Преузимање података',
	reading: 'Читање датотеке {name}',
	parsing: 'Провера података',
	loadedBytes: '{loaded}',
	loadedBytesOf: '{loaded} од {total}',
	opened: 'Отворена је датотека {name}: догађаја — {count}.',
	openFailed: 'Датотека {name} није могла да се отвори: {reason}',
	noPlaces: 'За ове догађаје нису наведена места, па их мапа не приказује.'
} satisfies Translation<typeof english>;
