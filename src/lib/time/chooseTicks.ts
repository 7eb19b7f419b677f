import { utcDay, utcHour, utcMinute, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import { DAY } from './timelineDomain';

export type TickUnit = 'year' | 'month' | 'day' | 'hour' | 'minute';

export interface Ticks {
	unit: TickUnit;
	step: number;
	/** UTC ms of each tick inside the domain, ascending. */
	ticks: number[];
}

export interface TickOptions {
	/** The finest unit allowed: 'day' for data without times, 'minute' for data with them. */
	finest?: 'day' | 'minute';
	/** Minutes east of UTC whose clock hour and minute ticks fall on (the dataset's displayOffset). */
	offset?: number;
}

export const UNIT_INTERVALS: Record<TickUnit, CountableTimeInterval> = {
	year: utcYear,
	month: utcMonth,
	day: utcDay,
	hour: utcHour,
	minute: utcMinute
};
const UNIT_MS: Record<TickUnit, number> = {
	year: 365.25 * DAY,
	month: 30.44 * DAY,
	day: DAY,
	hour: 3_600_000,
	minute: 60_000
};
/** Room a label needs, in px: "2019", "Nov 2023", "21 Nov", "04:50" with a gap. */
const MIN_SPACING: Record<TickUnit, number> = {
	year: 48,
	month: 76,
	day: 60,
	hour: 44,
	minute: 44
};
const CLOCK: { unit: TickUnit; step: number }[] = [
	{ unit: 'minute', step: 1 },
	{ unit: 'minute', step: 5 },
	{ unit: 'minute', step: 15 },
	{ unit: 'minute', step: 30 },
	{ unit: 'hour', step: 1 },
	{ unit: 'hour', step: 3 },
	{ unit: 'hour', step: 6 },
	{ unit: 'hour', step: 12 }
];
/** Finest first: the first one whose labels have room wins. */
const CALENDAR: { unit: TickUnit; step: number }[] = [
	{ unit: 'day', step: 1 },
	{ unit: 'day', step: 2 },
	{ unit: 'day', step: 7 },
	{ unit: 'day', step: 14 },
	{ unit: 'month', step: 1 },
	{ unit: 'month', step: 3 },
	{ unit: 'month', step: 6 },
	{ unit: 'year', step: 1 },
	{ unit: 'year', step: 2 },
	{ unit: 'year', step: 5 },
	{ unit: 'year', step: 10 }
];

/** True for the units whose ticks are times of day rather than dates. */
export function isClockUnit(unit: TickUnit): boolean {
	return unit === 'hour' || unit === 'minute';
}

/**
 * Ticks that suit the zoom: the finest calendar unit whose labels do not collide. The count is
 * bounded by the width before any tick is made, so no zoom level can produce thousands. Hours
 * and minutes are offered only for data with times, and fall on the display offset's clock.
 */
export function chooseTicks(
	domain: readonly [number, number],
	width: number,
	{ finest = 'day', offset = 0 }: TickOptions = {}
): Ticks {
	const span = Math.max(domain[1] - domain[0], 1);
	const spacing = (unit: TickUnit, step: number) => (width * step * UNIT_MS[unit]) / span;
	const candidates = finest === 'minute' ? [...CLOCK, ...CALENDAR] : CALENDAR;
	const choice = candidates.find(({ unit, step }) => spacing(unit, step) >= MIN_SPACING[unit]) ?? {
		unit: 'year' as const,
		step: Math.ceil((MIN_SPACING.year * span) / (width * UNIT_MS.year))
	};
	if (!(width > 0)) return { ...choice, ticks: [] };
	const interval =
		choice.unit === 'day' ? everyDays(choice.step) : UNIT_INTERVALS[choice.unit].every(choice.step);
	// Clock ticks are made on the display offset's wall clock, then moved back to UTC instants.
	const shift = isClockUnit(choice.unit) ? offset * 60_000 : 0;
	const ticks = interval
		? interval.range(new Date(domain[0] + shift), new Date(domain[1] + shift + 1))
		: [];
	return { ...choice, ticks: ticks.map((date) => date.getTime() - shift) };
}

/** Days that restart each month (1, 8, 15, 22 for a week) and skip those crowding the next 1st. */
function everyDays(step: number) {
	return utcDay.filter((date) => {
		const day = date.getUTCDate();
		return (day - 1) % step === 0 && (step === 1 || day + step / 2 <= 29);
	});
}
