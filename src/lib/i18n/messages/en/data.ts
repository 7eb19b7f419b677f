/** English strings of opening a data file: the button, the drop target, progress and the no-places note. */
export const data = {
	openFile: 'Open file',
	openFileHint:
		'Preview your own data: Chronomap JSON or CSV, TimelineJS, GeoJSON, KML or GPX. Nothing is uploaded.',
	dropFile: 'Drop the file to preview it',
	downloading: 'Downloading the data',
	reading: 'Reading {name}',
	parsing: 'Checking the data',
	loadedBytes: '{loaded}',
	loadedBytesOf: '{loaded} of {total}',
	opened: 'Opened {name}: {count} event(s).',
	openFailed: '{name} could not be opened: {reason}',
	noPlaces: 'These events have no places, so the map shows none of them.'
} as const;
