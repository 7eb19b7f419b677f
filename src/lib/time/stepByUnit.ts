import { UNIT_INTERVALS, isClockUnit, type TickUnit } from './chooseTicks';

/**
 * Moves a time to the previous or next boundary of a calendar unit (1 March, 1 January...), so
 * keyboard steps land on whole days, months or years however the time was reached. Hours and
 * minutes move by `step` of them (the ticks' step: 30 minutes when ticks are every 30 minutes)
 * on the clock `offset` minutes east of UTC (the dataset's displayOffset), as the ticks are: at
 * +05:30 an hour step lands on 10:00, 11:00 there, not on UTC's hours.
 */
export function stepByUnit(
	time: number,
	unit: TickUnit,
	direction: -1 | 1,
	offset = 0,
	step = 1
): number {
	const clockUnit = isClockUnit(unit);
	const interval =
		(clockUnit && step > 1 && UNIT_INTERVALS[unit].every(step)) || UNIT_INTERVALS[unit];
	const shift = clockUnit ? offset * 60_000 : 0;
	const clock = time + shift;
	const floor = interval.floor(new Date(clock));
	const next =
		direction > 0
			? interval.offset(floor, 1).getTime()
			: floor.getTime() < clock
				? floor.getTime()
				: interval.offset(floor, -1).getTime();
	return next - shift;
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
