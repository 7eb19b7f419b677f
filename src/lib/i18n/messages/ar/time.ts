import type { Translation } from '../translation';
import type { time as english } from '../en/time';

/** Arabic strings for dates and times. Keys start with `time_` so no other part can shadow them. */
export const time = {
	time_circa: 'نحو {date}',
	time_approximately: 'تقريبًا {date}',
	time_between: 'بين {from} و{to}',
	time_zone: 'الأوقات بتوقيت {zone}'
} satisfies Translation<typeof english>;
