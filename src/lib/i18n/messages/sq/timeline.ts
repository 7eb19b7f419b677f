import type { Translation } from '../translation';
import type { timeline as english } from '../en/timeline';

/** Albanian strings of the timeline. Keys start with `timeline_` so no other part can shadow them. */
export const timeline = {
	timeline_name: 'Vija kohore',
	timeline_currentTime: 'Koha e tanishme',
	timeline_zoomIn: 'Zmadho',
	timeline_zoomOut: 'Zvogëlo',
	timeline_fitAll: 'Shfaqi të gjitha',
	timeline_play: 'Luaj',
	timeline_pause: 'Pauzë',
	timeline_speed: 'Shpejtësia e luajtjes',
	timeline_legend: 'Legjenda',
	timeline_eras: 'Periudhat',
	timeline_marks: 'Ngjarjet në pamje',
	timeline_density: 'Ngjarje në pamje: {count}. Zmadhojeni për të parë secilën.',
	timeline_markName: '{title}, {date}',
	timeline_moreMarks: 'Edhe +{count} këtu: zmadhojeni për të parë secilën ngjarje'
} satisfies Translation<typeof english>;
