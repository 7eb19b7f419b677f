import type { Translation } from '../translation';
import type { data as english } from '../en/data';

/** Ukrainian strings of opening a data file: the button, the drop target, progress and the no-places note. */
export const data = {
	openFile: 'Відкрити файл',
	openFileHint:
		'Переглянути власні дані: JSON або CSV Chronomap, TimelineJS, GeoJSON, KML чи GPX. Нічого не завантажується на сервер.',
	dropFile: 'Відпустіть файл, щоб переглянути його',
	downloading: 'Завантаження даних',
	reading: 'Читання {name}',
	parsing: 'Перевірка даних',
	loadedBytes: '{loaded}',
	loadedBytesOf: '{loaded} з {total}',
	opened: 'Відкрито {name}: подій — {count}.',
	openFailed: 'Не вдалося відкрити {name}: {reason}',
	noPlaces: 'Для цих подій не вказано місць, тому на мапі їх не показано.'
} satisfies Translation<typeof english>;
