import { format, type Locale } from 'date-fns';
import { enGB } from 'date-fns/locale';
import { isClockUnit, type TickUnit } from './chooseTicks';

const PATTERNS: Record<TickUnit, string> = {
	year: 'yyyy',
	month: 'LLL yyyy',
	day: 'd MMM',
	hour: 'HH:mm',
	minute: 'HH:mm'
};

/**
 * Labels a tick at its unit. date-fns formats local time, so it is handed the local wall-clock
 * fields of the UTC calendar day the tick falls on (or, for hours and minutes, of the display
 * offset's clock): every viewer sees the same label. A clock tick at midnight names its day.
 */
export function formatTick(
	time: number,
	unit: TickUnit,
	locale: Locale = enGB,
	offset = 0
): string {
	const wall = new Date(time + (isClockUnit(unit) ? offset * 60_000 : 0));
	const local = new Date(2000, wall.getUTCMonth(), wall.getUTCDate());
	local.setFullYear(wall.getUTCFullYear());
	const midnight = wall.getUTCHours() === 0 && wall.getUTCMinutes() === 0;
	if (!isClockUnit(unit)) return format(local, PATTERNS[unit], { locale });
	if (midnight) return format(local, PATTERNS.day, { locale });
	local.setHours(wall.getUTCHours(), wall.getUTCMinutes());
	return format(local, PATTERNS[unit], { locale });
}
