import { format, type Locale } from 'date-fns';
import { enGB } from 'date-fns/locale';
import type { TickUnit } from './chooseTicks';

const PATTERNS: Record<TickUnit, string> = { year: 'yyyy', month: 'LLL yyyy', day: 'd MMM' };

/**
 * Labels a tick at its unit. date-fns formats local time, so it is handed local midnight of the
 * UTC calendar day the tick falls on: every viewer sees the same date.
 */
export function formatTick(time: number, unit: TickUnit, locale: Locale = enGB): string {
	const utc = new Date(time);
	const local = new Date(2000, utc.getUTCMonth(), utc.getUTCDate());
	local.setFullYear(utc.getUTCFullYear());
	return format(local, PATTERNS[unit], { locale });
}
