/** English strings of the map: markers, clusters, controls and legend. Plural keys end in an Intl.PluralRules category. */
export const map = {
	mapLabel: 'Map of the places in the events',
	placeEvents_one: '{name}, {count} event',
	placeEvents_other: '{name}, {count} events',
	clusterPlaces: '{count} places: {names}. Zoom in to separate them',
	resetView: 'Reset view',
	outsideView: 'Outside this view',
	showPlace: 'Show {name} on the map',
	eventsAt: 'Events at {names}',
	closePanel: 'Close',
	legend: 'Legend',
	natoMembers: 'NATO members',
	natoOn: 'on {date}',
	occupied: 'Occupied by Russia since 2014',
	claimed: 'Regions Russia claimed to annex in 2022',
	markerKey: 'Places',
	markerActive: 'events by this date',
	markerLater: 'later',
	markerSelected: 'selected',
	countryNote_XKX:
		'Kosovo declared independence from Serbia in 2008; its status is disputed: Serbia and a number of UN members do not recognise it.',
	countryNote_CYP:
		'The north of Cyprus has been under Turkish Cypriot administration since 1974; only Türkiye recognises it as a state.',
	basemapCredit: 'Borders: Natural Earth',
	tilesCredit: '© OpenStreetMap contributors'
} as const;
