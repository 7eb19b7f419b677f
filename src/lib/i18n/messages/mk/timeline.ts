import type { Translation } from '../translation';
import type { timeline as english } from '../en/timeline';

/** Macedonian strings of the timeline. Keys start with `timeline_` so no other part can shadow them. */
export const timeline = {
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
	timeline_markName: '{title}, {date}',
	timeline_moreMarks: 'Уште +{count} тука: зумирајте за да го видите секој настан'
} satisfies Translation<typeof english>;
