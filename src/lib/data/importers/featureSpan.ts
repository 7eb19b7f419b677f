import type { Problem } from '../model';
import { pick, record, type Json } from './geoJsonFeature';
import {
	epochUnit,
	isClock,
	joinClock,
	readTime,
	secondsWarning,
	type EpochUnit,
	type TimeRead
} from './readTime';

/** The properties a time may be in; the numbers in each have one unit over the file. */
const TIME_PROPERTIES = ['time', 'date', 'start', 'end', 'times'];

export type EpochUnits = Partial<Record<string, EpochUnit>>;

/**
 * The unit of each time property's numbers, decided over the whole file (see `epochUnit`), with
 * one file warning for each property read as seconds, so no number is read as seconds unsaid.
 */
export function epochUnits(features: unknown[], problems: Problem[]): EpochUnits {
	const units: EpochUnits = {};
	for (const name of TIME_PROPERTIES) {
		const { unit, example } = epochUnit(numbersIn(features, name));
		units[name] = unit;
		if (example === undefined) continue;
		const message = secondsWarning(example);
		problems.push({ row: 'file', field: `properties.${name}`, message, severity: 'warning' });
	}
	return units;
}

function* numbersIn(features: unknown[], name: string): Generator<number> {
	for (const feature of features) {
		const value = record(record(feature)?.properties)?.[name];
		for (const item of Array.isArray(value) ? value : [value])
			if (typeof item === 'number') yield item;
	}
}

/**
 * The times of a track's points, as GPS tools converted to GeoJSON write them: togeojson's
 * `coordinateProperties.times` (and `coordTimes` before it), `linestringTimestamps`; a list per
 * line for a MultiLineString, read as one list. Leaflet.TimeDimension reads the same properties.
 */
export function trackTimes(props: Json): { name: string; times: unknown[] } | undefined {
	const lists: [string, unknown][] = [
		['coordinateProperties.times', record(props.coordinateProperties)?.times],
		['coordTimes', props.coordTimes],
		['linestringTimestamps', props.linestringTimestamps]
	];
	const found = lists.find(([, value]) => Array.isArray(value) && value.length > 0);
	if (!found) return undefined;
	const times = (found[1] as unknown[]).flatMap((item) => (Array.isArray(item) ? item : [item]));
	return times.length ? { name: found[0], times } : undefined;
}

/**
 * A feature's span from `time`, `date` or `start` and `end`, or from the first and last of a
 * `times` list (map-animation data also puts that list in `time`); a `time` that is only a time
 * of day (`14:30Z`) joins the day in `date` or `start`. Numbers are read in their property's
 * unit. Null when a time is bad. `fields` are the properties the date and the end came from.
 */
export function featureSpan(
	props: Json,
	label: string,
	problems: Problem[],
	units: EpochUnits = {}
) {
	const report = (field: string, message: string, severity: Problem['severity']) =>
		problems.push({ row: label, field: `properties.${field}`, message, severity });
	const reported = (field: string, result: TimeRead): TimeRead => {
		if (!result.ok) report(field, result.message, 'error');
		else if (result.warning) report(field, result.warning, 'warning');
		return result;
	};
	const read = (field: string, value: unknown) => reported(field, readTime(value, units[field]));
	const track = trackTimes(props);
	const list =
		([props.times, props.time].find(Array.isArray) as unknown[] | undefined) ?? track?.times;
	const listName =
		list !== undefined && list === props.time
			? 'time'
			: track && list === track.times
				? track.name
				: 'times';
	const clock = isClock(props.time);
	const time = listName === 'time' || clock ? undefined : props.time;
	// KML converted to GeoJSON (togeojson) writes <TimeStamp> as `timestamp` and <TimeSpan> as
	// `timespan: { begin, end }`.
	const span = record(props.timespan);
	const starts = {
		time,
		date: props.date,
		start: props.start,
		timestamp: props.timestamp,
		'timespan.begin': span?.begin,
		list: list?.[0]
	};
	const start = pick(starts, ['time', 'date', 'start', 'timestamp', 'timespan.begin', 'list']);
	const last = list && list.length > 1 ? list.at(-1) : undefined;
	const stop = pick({ end: props.end, 'timespan.end': span?.end, list: last }, [
		'end',
		'timespan.end',
		'list'
	]);
	const fields = {
		date: start.name === 'list' ? listName : start.name,
		end: stop.name === 'list' ? listName : stop.name
	};
	let date: TimeRead;
	if (start.value === undefined) {
		const message = clock
			? `"${String(props.time).trim()}" is a time of day, but no date gives its day (add date as YYYY-MM-DD)`
			: 'is missing (give time, date or start)';
		report('time', message, 'error');
		date = { ok: false, message };
	} else date = read(fields.date, start.value);
	if (clock && date.ok) {
		const joined = reported('time', joinClock(start.value, props.time));
		if (!joined.ok || joined.date) date = joined;
	}
	const end = read(fields.end, stop.value);
	return date.ok && end.ok ? { date: date.date, end: end.date, fields } : null;
}
