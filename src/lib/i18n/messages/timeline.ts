/** Strings of the timeline. Keys start with `timeline_` so no other part can shadow them. */
export const timeline = {
	en: {
		timeline_name: 'Timeline',
		timeline_currentTime: 'Current time',
		timeline_zoomIn: 'Zoom in',
		timeline_zoomOut: 'Zoom out',
		timeline_fitAll: 'Fit all',
		timeline_play: 'Play',
		timeline_pause: 'Pause',
		timeline_speed: 'Playback speed',
		timeline_legend: 'Key',
		timeline_eras: 'Periods',
		timeline_marks: 'Events in view',
		timeline_density: '{count} events in view: zoom in to see each one',
		timeline_markName: '{title}, {date}'
	},
	uk: {
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
		timeline_markName: '{title}, {date}'
	},
	mk: {
		timeline_name: 'Временска линија',
		timeline_currentTime: 'Тековно време',
		timeline_zoomIn: 'Зумирај',
		timeline_zoomOut: 'Одзумирај',
		timeline_fitAll: 'Прикажи сè',
		timeline_play: 'Пушти',
		timeline_pause: 'Пауза',
		timeline_speed: 'Брзина на репродукција',
		timeline_legend: 'Легенда',
		timeline_eras: 'Периоди',
		timeline_marks: 'Настани во видното поле',
		timeline_density: 'Настани во видното поле: {count}. Зумирајте за да го видите секој.',
		timeline_markName: '{title}, {date}'
	}
} as const;
