import type { Translation } from '../translation';
import type { time as english } from '../en/time';

/** Ukrainian strings for dates and times. Keys start with `time_` so no other part can shadow them. */
export const time = {
	time_circa: 'бл. {date}',
	time_approximately: 'приблизно {date}',
	time_between: 'у проміжку {from} – {to}',
	time_zone: 'Час за {zone}'
} satisfies Translation<typeof english>;
