/** English strings of the column-mapping step (a table whose columns Chronomap does not know). */
export const mapping = {
	mappingHeading: 'Which column holds what?',
	mappingIntro:
		'“{name}” is a table whose columns Chronomap does not know. Choose the column for each field; the preview shows the first rows as they will be read.',
	mappingIntroDates:
		'“{name}” has title and date columns, but none of its dates is written as Chronomap writes them (2023-11-21). Choose how they are written; the preview shows the first rows as they will be read.',
	mappingSavedUsed: 'Filled in from the column mapping saved in the open story.',
	mappingTitle: 'Title',
	mappingTemplate: 'Title template (optional)',
	mappingTemplateHint:
		'Column names in braces, e.g. {example}. When given, it is used instead of the title column.',
	mappingDate: 'Date',
	mappingDateForm: 'Dates are written',
	mappingFormIso: 'ISO (2023-11-21)',
	mappingFormDmy: 'Day-month-year (21-11-2023)',
	mappingFormMdy: 'Month-day-year (11-21-2023)',
	mappingFormWords: 'In words (21 November 2023)',
	mappingFormEpochSeconds: 'Seconds since 1970 (1700562900)',
	mappingFormEpoch: 'Milliseconds since 1970 (1700562900000)',
	mappingEnd: 'End date',
	mappingTime: 'Time of day',
	mappingOffset: 'Times were recorded in',
	mappingOffsetNone: 'Not known: times without an offset keep only their day',
	mappingUnplacedTimes:
		'Some times have no offset of their own: choose the one they were recorded in, or only their days are kept.',
	mappingUnread: 'Columns not read: {columns}',
	mappingPlace: 'Place name',
	mappingLat: 'Latitude',
	mappingLon: 'Longitude',
	mappingActor: 'Actor',
	mappingCategory: 'Category',
	mappingTags: 'Tags',
	mappingNote: 'Note',
	mappingSource: 'Source link',
	mappingNone: '(none)',
	mappingPreview: 'The first rows, as they will be read',
	mappingDateRead: 'Date as read',
	mappingBadDate: '“{value}” is not a date written this way',
	mappingProblems: 'This mapping cannot be applied yet:',
	mappingNoColumn: '{field}: the table has no column “{column}”.',
	mappingNoPlaceholder:
		'{field}: the template names no column; write one in braces, e.g. {example}.',
	mappingHalfCoordinates: 'Choose both a latitude and a longitude column, or neither.',
	mappingApply: 'Apply',
	mappingCancel: 'Cancel',
	mappingApplying: 'Reading the table with this mapping…'
};
