import { UNIT_INTERVALS, type TickUnit } from './chooseTicks';

/**
 * Moves a time to the previous or next boundary of a calendar unit (1 March, 1 January...), so
 * keyboard steps land on whole days, months or years however the time was reached.
 */
export function stepByUnit(time: number, unit: TickUnit, direction: -1 | 1): number {
	const interval = UNIT_INTERVALS[unit];
	const floor = interval.floor(new Date(time));
	if (direction > 0) return interval.offset(floor, 1).getTime();
	return floor.getTime() < time ? floor.getTime() : interval.offset(floor, -1).getTime();
}

/** The unit a larger (Page Up/Down) step moves by. */
export function coarserUnit(unit: TickUnit): TickUnit {
	const coarser: Record<TickUnit, TickUnit> = {
		minute: 'hour',
		hour: 'day',
		day: 'month',
		month: 'year',
		year: 'year'
	};
	return coarser[unit];
}
