import { DATE_FORMS, readMappedDate, type DateForm } from '$lib/data/importers/readMappedDate';
import { MILLISECONDS_FROM, SECONDS_FROM } from '$lib/data/importers/readTime';
import { splitTimeOfDay } from '$lib/data/importers/timeOfDay';

const WRITTEN_FORMS = DATE_FORMS.filter((form) => form !== 'epoch-s' && form !== 'epoch-ms');
const WHOLE_NUMBER = /^-?\d{1,15}$/;

/**
 * The first written form that reads every non-empty value. A number is a date written in words
 * or digits only as a year of at most four digits (`476`, `-30`); longer numbers are instants,
 * in seconds when every one is between 1e8 and 1e11 (1973 to 5138), in milliseconds when every
 * one is at least 1e11. When no form reads them all (a date-time among dates, a typing slip),
 * the written form that reads the most, so one odd cell is named on its line rather than every
 * row refused; ISO when none reads any.
 */
export function guessDateForm(values: string[]): DateForm {
	// A time of day after a date (`05/03/2024 14:30`) says nothing of how the date is written.
	const written = values
		.map((value) => value.trim())
		.filter(Boolean)
		.map((value) => splitTimeOfDay(value)?.date ?? value);
	if (!written.length) return 'iso';
	const counts = WRITTEN_FORMS.map(
		(form) => written.filter((value) => readMappedDate(value, form).ok).length
	);
	const all = WRITTEN_FORMS.find((_, at) => counts[at] === written.length);
	const most = Math.max(...counts);
	return all ?? epochUnit(written) ?? (most > 0 ? WRITTEN_FORMS[counts.indexOf(most)] : 'iso');
}

function epochUnit(values: string[]): DateForm | undefined {
	if (!values.every((value) => WHOLE_NUMBER.test(value))) return undefined;
	const sizes = values.map((value) => Math.abs(Number(value)));
	const unit = sizes.every((size) => size >= SECONDS_FROM && size < MILLISECONDS_FROM)
		? 'epoch-s'
		: sizes.every((size) => size >= MILLISECONDS_FROM)
			? 'epoch-ms'
			: undefined;
	return unit && values.every((value) => readMappedDate(value, unit).ok) ? unit : undefined;
}
