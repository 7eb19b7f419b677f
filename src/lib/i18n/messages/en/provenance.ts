/** English strings of provenance: sources, verification badges, the update log, "Get the data" and foreign data. */
export const provenance = {
	sources: 'Sources',
	archivedCopy: 'archived copy',
	accessedOn: 'accessed {date}',
	verifiedConfirmed: 'Confirmed',
	verifiedUnconfirmed: 'Unconfirmed',
	verifiedDisputed: 'Disputed',
	verifiedConfirmedHint: 'Sources other than the article bear this out.',
	verifiedUnconfirmedHint: 'Only the article reports this; no other source was found.',
	verifiedDisputedHint: 'Other sources contradict this.',
	aboutData: 'About the data',
	updatedOn: 'Updated {date}',
	changeLog: 'Corrections and changes',
	license: 'Licence: {license}',
	reportError: 'Report an error',
	note: 'Note',
	dataFromHost: 'Data from {host}',
	dataFromFile: 'Data from a local file',
	dataNotPublisher: 'not published by this site',
	getData: 'Get the data',
	downloadJson: 'Chronomap JSON',
	downloadCsv: 'CSV for spreadsheets',
	downloadCount: 'The {shown} of {total} events shown',
	embedForeignData:
		'This snippet loads data from {host}, which this site did not publish. Readers of the embed will see “Data from {host}”.',
	embedForeignConfirm: 'Put this data address into the snippet'
} as const;
