import type { Translation } from '../translation';
import type { time as english } from '../en/time';

/** Serbian (Latin) strings for dates and times. Keys start with `time_` so no other part can shadow them. */
export const time = {
	time_circa: 'oko {date}',
	time_approximately: 'približno {date}',
	time_between: 'između {from} i {to}',
	time_zone: 'Vreme po zoni {zone}'
} satisfies Translation<typeof english>;
