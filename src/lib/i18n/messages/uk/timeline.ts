import type { Translation } from '../translation';
import type { timeline as english } from '../en/timeline';

/** Ukrainian strings of the timeline. Keys start with `timeline_` so no other part can shadow them. */
export const timeline = {
	timeline_name: 'Шкала часу',
	timeline_currentTime: 'Поточний час',
	timeline_zoomIn: 'Збільшити',
	timeline_zoomOut: 'Зменшити',
	timeline_fitAll: 'Показати все',
	timeline_play: 'Відтворити',
	timeline_pause: 'Пауза',
	timeline_speed: 'Швидкість відтворення',
	timeline_legend: 'Умовні позначення',
	timeline_eras: 'Періоди',
	timeline_marks: 'Події в полі зору',
	timeline_density: 'Подій у полі зору: {count}. Збільште масштаб, щоб побачити кожну.',
	timeline_markName: '{title}, {date}',
	timeline_moreMarks: 'Ще +{count} тут: збільште масштаб, щоб побачити кожну подію'
} satisfies Translation<typeof english>;
