/** Strings of opening a data file: the button, the drop target, progress and the no-places note. */
export const data = {
	en: {
		openFile: 'Open file',
		openFileHint:
			'Preview your own data: Chronomap JSON or CSV, TimelineJS or GeoJSON. Nothing is uploaded.',
		dropFile: 'Drop the file to preview it',
		downloading: 'Downloading the data',
		reading: 'Reading {name}',
		parsing: 'Checking the data',
		loadedBytes: '{loaded}',
		loadedBytesOf: '{loaded} of {total}',
		opened: 'Opened {name}: {count} event(s).',
		openFailed: '{name} could not be opened: {reason}',
		noPlaces: 'These events have no places, so the map shows none of them.'
	},
	uk: {
		openFile: 'Відкрити файл',
		openFileHint:
			'Переглянути власні дані: JSON або CSV Chronomap, TimelineJS чи GeoJSON. Нічого не завантажується на сервер.',
		dropFile: 'Відпустіть файл, щоб переглянути його',
		downloading: 'Завантаження даних',
		reading: 'Читання {name}',
		parsing: 'Перевірка даних',
		loadedBytes: '{loaded}',
		loadedBytesOf: '{loaded} з {total}',
		opened: 'Відкрито {name}: подій — {count}.',
		openFailed: 'Не вдалося відкрити {name}: {reason}',
		noPlaces: 'Ці події не мають місць, тому на мапі їх немає.'
	},
	mk: {
		openFile: 'Отвори датотека',
		openFileHint:
			'Прегледајте свои податоци: Chronomap JSON или CSV, TimelineJS или GeoJSON. Ништо не се испраќа.',
		dropFile: 'Пуштете ја датотеката за да ја прегледате',
		downloading: 'Се преземаат податоците',
		reading: 'Се чита {name}',
		parsing: 'Се проверуваат податоците',
		loadedBytes: '{loaded}',
		loadedBytesOf: '{loaded} од {total}',
		opened: 'Отворено {name}: настани — {count}.',
		openFailed: '{name} не може да се отвори: {reason}',
		noPlaces: 'Овие настани немаат места, па картата не ги прикажува.'
	}
} as const;
