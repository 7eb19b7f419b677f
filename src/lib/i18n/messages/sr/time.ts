import type { Translation } from '../translation';
import type { time as english } from '../en/time';

/** Serbian (Cyrillic) strings for dates and times. Keys start with `time_` so no other part can shadow them. */
export const time = {
	time_circa: 'око {date}',
	time_approximately: 'приближно {date}',
	time_between: 'између {from} и {to}',
	time_zone: 'Време по зони {zone}'
} satisfies Translation<typeof english>;
