import type { Translation } from '../translation';
import type { media as english } from '../en/media';

/** Serbian (Cyrillic) strings for media beside an event: pictures, players and the image viewer. */
export const media = {
	mediaLabel: 'Медији',
	mediaEnlarge: 'Увећај',
	mediaCredit: 'Аутор: {credit}',
	mediaLoadVideo: 'Учитај видео са {provider} — ово успоставља везу са {host}',
	mediaLoadAudio: 'Учитај аудио са {provider} — ово успоставља везу са {host}',
	mediaPlayerTitle: 'Плејер са {provider}: {label}',
	mediaOpenOn: 'Отвори на {host}',
	mediaNewTab: 'отвара се у новој картици',
	mediaLoading: 'Учитавање медија…',
	mediaUnavailable: 'Овај медиј није могао да се учита.',
	mediaViewer: 'Прегледач слика',
	mediaImageOf: 'Слика {n} од {total}',
	mediaPreviousImage: 'Претходна слика',
	mediaNextImage: 'Следећа слика',
	mediaClose: 'Затвори'
} satisfies Translation<typeof english>;
