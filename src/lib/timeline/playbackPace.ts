const DAY = 86_400_000;
/** How long the whole visible range takes to play at 1×. */
export const PLAY_DURATION_MS = 20_000;
/** Under reduced motion, play jumps from event date to event date this often instead. */
export const REDUCED_MOTION_STEP_MS = 1_500;

/** Real milliseconds per day of data so that the visible range plays in PLAY_DURATION_MS. */
export function msPerDay(range: readonly [number, number]): number {
	// No floor at a day: an afternoon zoomed to fill the view plays in 20 s too.
	const days = Math.max((range[1] - range[0]) / DAY, 1 / 1440);
	return PLAY_DURATION_MS / days;
}
