import type { Translation } from '../translation';
import type { media as english } from '../en/media';

/** Macedonian strings for media beside an event: pictures, players and the image viewer. */
export const media = {
	mediaLabel: 'Медиуми',
	mediaEnlarge: 'Зголеми',
	mediaCredit: 'Автор: {credit}',
	mediaLoadVideo: 'Вчитај видео од {provider} — ова воспоставува врска со {host}',
	mediaLoadAudio: 'Вчитај аудио од {provider} — ова воспоставува врска со {host}',
	mediaPlayerTitle: 'Плеер од {provider}: {label}',
	mediaOpenOn: 'Отвори на {host}',
	mediaNewTab: 'се отвора во нов јазичец',
	mediaLoading: 'Се вчитуваат медиумите…',
	mediaUnavailable: 'Овој медиум не можеше да се вчита.',
	mediaViewer: 'Прегледувач на слики',
	mediaImageOf: 'Слика {n} од {total}',
	mediaPreviousImage: 'Претходна слика',
	mediaNextImage: 'Следна слика',
	mediaClose: 'Затвори'
} satisfies Translation<typeof english>;
