/** English strings of the timeline. Keys start with `timeline_` so no other part can shadow them. */
export const timeline = {
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
	timeline_markName: '{title}, {date}',
	timeline_moreMarks: '+{count} more here: zoom in to see each event'
} as const;
