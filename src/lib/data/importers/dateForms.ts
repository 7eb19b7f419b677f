/** The written forms of a date an author can pick for a mapped column (see `readMappedDate`). */
export const DATE_FORMS = [
	'iso',
	'dd-mm-yyyy',
	'mm-dd-yyyy',
	'd month yyyy',
	'epoch-s',
	'epoch-ms'
] as const;
export type DateForm = (typeof DATE_FORMS)[number];

/** Each form in words, for the problem that names a date not written that way. */
export const FORM_NAMES: Record<DateForm, string> = {
	iso: 'as YYYY-MM-DD (2023-11-21, 2023-11 or 2023)',
	'dd-mm-yyyy': 'day first (21-11-2023)',
	'mm-dd-yyyy': 'month first (11-21-2023)',
	'd month yyyy': 'with the month in words (21 November 2023, November 21, 2023 or November 2023)',
	'epoch-s': 'as seconds since 1970 (1700562900)',
	'epoch-ms': 'as milliseconds since 1970 (1700562900000)'
};
