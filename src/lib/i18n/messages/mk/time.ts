import type { Translation } from '../translation';
import type { time as english } from '../en/time';

/** Macedonian strings for dates and times. Keys start with `time_` so no other part can shadow them. */
export const time = {
	time_circa: 'ок. {date}',
	time_approximately: 'приближно {date}',
	time_between: 'помеѓу {from} и {to}',
	time_zone: 'Време по {zone}'
} satisfies Translation<typeof english>;
