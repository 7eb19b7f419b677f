import type { Translation } from '../translation';
import type { timeline as english } from '../en/timeline';

/** Serbian (Cyrillic) strings of the timeline. Keys start with `timeline_` so no other part can shadow them. */
export const timeline = {
	timeline_name: 'Временска линија',
	timeline_currentTime: 'Тренутно време',
	timeline_zoomIn: 'Увећај',
	timeline_zoomOut: 'Умањи',
	timeline_fitAll: 'Прикажи све',
	timeline_play: 'Пусти',
	timeline_pause: 'Пауза',
	timeline_speed: 'Брзина репродукције',
	timeline_legend: 'Легенда',
	timeline_eras: 'Периоди',
	timeline_marks: 'Догађаји у приказу',
	timeline_density: 'Догађаја у приказу: {count}. Увећајте приказ да бисте видели сваки.',
	timeline_markName: '{title}, {date}',
	timeline_moreMarks: 'Још +{count} овде: увећајте приказ да бисте видели сваки догађај'
} satisfies Translation<typeof english>;
