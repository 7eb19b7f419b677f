import { stepToStop } from '$lib/state/timeSteps';
import { coarserUnit, stepByUnit } from '$lib/time/stepByUnit';
import type { TickUnit } from '$lib/time/chooseTicks';

export interface ScrubContext {
	time: number;
	/** Distinct event dates, ascending. */
	stops: readonly number[];
	/** The unit of the ticks at the current zoom. */
	unit: TickUnit;
	/** Minutes east of UTC of the clock hour and minute steps follow (displayOffset), 0 for UTC. */
	offset?: number;
	/** The ticks' step: Shift+arrows move by that many hours or minutes (days and coarser: one). */
	step?: number;
}

/**
 * Where a key on the time slider moves time, or null if the key is not the slider's: arrows go
 * from event date to event date, Shift+arrows by one tick (one day, month or year; or the ticks'
 * step of hours or minutes), Page keys by a coarser unit.
 */
export function timeForKey(
	key: string,
	shiftKey: boolean,
	{ time, stops, unit, offset = 0, step = 1 }: ScrubContext
): number | null {
	const direction = key === 'ArrowRight' || key === 'ArrowUp' || key === 'PageUp' ? 1 : -1;
	switch (key) {
		case 'ArrowLeft':
		case 'ArrowRight':
		case 'ArrowUp':
		case 'ArrowDown':
			return shiftKey
				? stepByUnit(time, unit, direction, offset, step)
				: stepToStop(stops, time, direction);
		case 'PageUp':
		case 'PageDown':
			return stepByUnit(time, coarserUnit(unit), direction, offset);
		case 'Home':
			return stops[0] ?? null;
		case 'End':
			return stops.at(-1) ?? null;
		default:
			return null;
	}
}
