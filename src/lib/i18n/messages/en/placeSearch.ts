/** English strings of the editor's place search (the shipped gazetteer). */
export const placeSearch = {
	placeSearchHeading: 'Find a place',
	placeSearchName: 'Place name',
	placeSearchButton: 'Find',
	placeSearchLoading: 'Loading the place list…',
	placeSearchReady: 'Place list ready: {count} places.',
	placeSearchFailed: 'The place list could not be loaded: {reason}',
	placeSearchNone: 'No place called “{name}” in the place list.',
	placeSearchFound: 'Places called “{name}”: {count}, most populous first.',
	placeSearchAdd: 'Add',
	placeSearchAddLabel: 'Add {place} to the places',
	placeSearchAdded: '“{name}” added to the places.',
	placeSearchExists: '“{name}” is already among the places.'
};
