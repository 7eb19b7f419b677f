/** English strings for dates and times. Keys start with `time_` so no other part can shadow them. */
export const time = {
	time_circa: 'c. {date}',
	time_approximately: 'approximately {date}',
	time_between: 'between {from} and {to}',
	time_zone: 'Times in {zone}'
} as const;
