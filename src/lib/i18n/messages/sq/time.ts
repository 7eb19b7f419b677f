import type { Translation } from '../translation';
import type { time as english } from '../en/time';

/** Albanian strings for dates and times. Keys start with `time_` so no other part can shadow them. */
export const time = {
	time_circa: 'rreth {date}',
	time_approximately: 'përafërsisht {date}',
	time_between: 'midis {from} dhe {to}',
	time_zone: 'Ora sipas {zone}'
} satisfies Translation<typeof english>;
