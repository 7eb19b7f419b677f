import { utcDay, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import { DAY } from './timelineDomain';

export type TickUnit = 'year' | 'month' | 'day';

export interface Ticks {
	unit: TickUnit;
	step: number;
	/** UTC ms of each tick inside the domain, ascending. */
	ticks: number[];
}

export const UNIT_INTERVALS: Record<TickUnit, CountableTimeInterval> = {
	year: utcYear,
	month: utcMonth,
	day: utcDay
};
const UNIT_MS: Record<TickUnit, number> = { year: 365.25 * DAY, month: 30.44 * DAY, day: DAY };
/** Room a label needs, in px: "2019", "Nov 2023", "21 Nov" with a gap. */
const MIN_SPACING: Record<TickUnit, number> = { year: 48, month: 76, day: 60 };
/** Finest first: the first one whose labels have room wins. */
const CANDIDATES: { unit: TickUnit; step: number }[] = [
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

/**
 * Ticks that suit the zoom: the finest calendar unit whose labels do not collide. The count is
 * bounded by the width before any tick is made, so no zoom level can produce thousands.
 */
export function chooseTicks(domain: readonly [number, number], width: number): Ticks {
	const span = Math.max(domain[1] - domain[0], 1);
	const spacing = (unit: TickUnit, step: number) => (width * step * UNIT_MS[unit]) / span;
	const choice = CANDIDATES.find(({ unit, step }) => spacing(unit, step) >= MIN_SPACING[unit]) ?? {
		unit: 'year' as const,
		step: Math.ceil((MIN_SPACING.year * span) / (width * UNIT_MS.year))
	};
	if (!(width > 0)) return { ...choice, ticks: [] };
	const interval =
		choice.unit === 'day' ? everyDays(choice.step) : UNIT_INTERVALS[choice.unit].every(choice.step);
	const ticks = interval ? interval.range(new Date(domain[0]), new Date(domain[1] + 1)) : [];
	return { ...choice, ticks: ticks.map((date) => date.getTime()) };
}

/** Days that restart each month (1, 8, 15, 22 for a week) and skip those crowding the next 1st. */
function everyDays(step: number) {
	return utcDay.filter((date) => {
		const day = date.getUTCDate();
		return (day - 1) % step === 0 && (step === 1 || day + step / 2 <= 29);
	});
}
