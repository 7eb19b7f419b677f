import type { Translation } from '../translation';
import type { media as english } from '../en/media';

/** Ukrainian strings for media beside an event: pictures, players and the image viewer. */
export const media = {
	mediaLabel: 'Медіа',
	mediaEnlarge: 'Збільшити',
	mediaCredit: 'Автор: {credit}',
	mediaLoadVideo: 'Завантажити відео з {provider} — це звернення до {host}',
	mediaLoadAudio: 'Завантажити аудіо з {provider} — це звернення до {host}',
	mediaPlayerTitle: 'Програвач {provider}: {label}',
	mediaOpenOn: 'Відкрити на {host}',
	mediaNewTab: 'відкривається в новій вкладці',
	mediaLoading: 'Завантаження медіа…',
	mediaUnavailable: 'Не вдалося завантажити це медіа.',
	mediaViewer: 'Перегляд зображень',
	mediaImageOf: 'Зображення {n} з {total}',
	mediaPreviousImage: 'Попереднє зображення',
	mediaNextImage: 'Наступне зображення',
	mediaClose: 'Закрити'
} satisfies Translation<typeof english>;
