import type { Translation } from '../translation';
import type { timeline as english } from '../en/timeline';

/** Serbian (Latin) strings of the timeline. Keys start with `timeline_` so no other part can shadow them. */
export const timeline = {
	timeline_name: 'Vremenska linija',
	timeline_currentTime: 'Trenutno vreme',
	timeline_zoomIn: 'Uvećaj',
	timeline_zoomOut: 'Umanji',
	timeline_fitAll: 'Prikaži sve',
	timeline_play: 'Pusti',
	timeline_pause: 'Pauza',
	timeline_speed: 'Brzina reprodukcije',
	timeline_legend: 'Legenda',
	timeline_eras: 'Periodi',
	timeline_marks: 'Događaji u prikazu',
	timeline_density: 'Događaja u prikazu: {count}. Uvećajte prikaz da biste videli svaki.',
	timeline_markName: '{title}, {date}',
	timeline_moreMarks: 'Još +{count} ovde: uvećajte prikaz da biste videli svaki događaj'
} satisfies Translation<typeof english>;
