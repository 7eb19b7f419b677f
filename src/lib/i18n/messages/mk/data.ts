import type { Translation } from '../translation';
import type { data as english } from '../en/data';

/** Macedonian strings of opening a data file: the button, the drop target, progress and the no-places note. */
export const data = {
	openFile: 'Отвори датотека',
	openFileHint:
		'Прегледајте ги вашите податоци: Chronomap JSON или CSV, TimelineJS, GeoJSON, KML или GPX. Ништо не се прикачува на сервер.',
	dropFile: 'Пуштете ја датотеката за да ја прегледате',
	downloading: 'Се преземаат податоците',
	reading: 'Се чита {name}',
	parsing: 'Се проверуваат податоците',
	loadedBytes: '{loaded}',
	loadedBytesOf: '{loaded} од {total}',
	opened: 'Отворена е датотеката {name}: настани — {count}.',
	openFailed: '{name} не може да се отвори: {reason}',
	noPlaces: 'Овие настани немаат места, па картата не ги прикажува.'
} satisfies Translation<typeof english>;
