import type { Problem } from '../model';
import { LAYER_STYLES, type LayerStyle } from '../schema';
import { readCoordinates } from './readCoordinates';
import { readTime } from './readTime';

export type Json = Record<string, unknown>;

export const record = (value: unknown): Json | undefined =>
	value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;

/** The first property that is given, with its name, so problems name what was written. */
export function pick(props: Json, names: string[]): { name: string; value: unknown } {
	const given = (name: string) =>
		props[name] !== undefined && props[name] !== null && props[name] !== '';
	const name = names.find(given);
	return { name: name ?? names[0], value: name === undefined ? undefined : props[name] };
}

/** Properties hold text; numbers become text and anything else is left for the schema to refuse. */
export function text(value: unknown): unknown {
	if (typeof value === 'string') return value.trim() || undefined;
	if (typeof value === 'number') return String(value);
	return value ?? undefined;
}

export function featureId(feature: Json | undefined): string | undefined {
	const id = feature?.id ?? record(feature?.properties)?.id;
	if (typeof id !== 'string' && typeof id !== 'number') return undefined;
	return String(id).trim() || undefined;
}

/**
 * A feature's span from `time`, `date` or `start` and `end`, or from the first and last of a
 * `times` list (map-animation data also puts that list in `time`). Null when a time is bad.
 */
export function featureSpan(props: Json, label: string, problems: Problem[]) {
	const times = [props.times, props.time].find(Array.isArray) as unknown[] | undefined;
	const scalars = { ...props, time: times === props.time ? undefined : props.time };
	const start = pick({ ...scalars, times: times?.[0] }, ['time', 'date', 'start', 'times']);
	const last = times && times.length > 1 ? times.at(-1) : undefined;
	const stop = pick({ ...scalars, times: last }, ['end', 'times']);
	const date =
		start.value === undefined
			? ({ ok: false, message: 'is missing (give time, date or start)' } as const)
			: readTime(start.value);
	const end = readTime(stop.value);
	for (const [read, name] of [
		[date, start.name],
		[end, stop.name]
	] as const) {
		if (!read.ok)
			problems.push({
				row: label,
				field: `properties.${name}`,
				message: read.message,
				severity: 'error'
			});
		else if (read.warning)
			problems.push({
				row: label,
				field: `properties.${name}`,
				message: read.warning,
				severity: 'warning'
			});
	}
	return date.ok && end.ok ? { date: date.date, end: end.date } : null;
}

/** A Point's place (null when its coordinates are bad); other geometries are kept without a place. */
export function featurePlace(feature: Json, props: Json, label: string, problems: Problem[]) {
	const geometry = record(feature.geometry);
	if (!geometry) return undefined;
	if (geometry.type !== 'Point') {
		const type =
			typeof geometry.type === 'string' ? geometry.type.slice(0, 40) : 'geometry of no known type';
		const message = `is a ${type}: only Point features are placed on the map, so this event has no place`;
		problems.push({ row: label, field: 'geometry', message, severity: 'warning' });
		return undefined;
	}
	const position = Array.isArray(geometry.coordinates) ? geometry.coordinates : [];
	const coordinates = readCoordinates(position[1], position[0]);
	if (!coordinates.ok) {
		for (const { field, message } of coordinates.problems) {
			const axis = field === 'lat' ? 'latitude' : 'longitude';
			problems.push({
				row: label,
				field: 'geometry.coordinates',
				message: `${axis} ${message}`,
				severity: 'error'
			});
		}
		return null;
	}
	const { lat, lon } = coordinates;
	const name = text(pick(props, ['place', 'placeName', 'place_name']).value);
	return { name: typeof name === 'string' ? name : `${lat}, ${lon}`, lat, lon };
}

const LAYER_GEOMETRIES = new Set([
	'MultiPoint',
	'LineString',
	'MultiLineString',
	'Polygon',
	'MultiPolygon'
]);
const isStyle = (value: unknown): value is LayerStyle =>
	typeof value === 'string' && (LAYER_STYLES as readonly string[]).includes(value);

/**
 * A feature that is drawn as a layer rather than a marker (any geometry a layer may hold but a
 * Point), with its time if it gives one: `area` for polygons and `route` for lines unless its
 * `style` property names another style. Undefined for Points and unusable geometries; null when
 * its time is bad (reported).
 */
export function featureLayer(feature: Json, props: Json, label: string, problems: Problem[]) {
	const geometry = record(feature.geometry);
	if (!geometry || typeof geometry.type !== 'string' || !LAYER_GEOMETRIES.has(geometry.type))
		return undefined;
	const timed = [props.time, props.date, props.start, props.times].some(
		(value) => value !== undefined && value !== null && value !== ''
	);
	const span: Partial<NonNullable<ReturnType<typeof featureSpan>>> | null = timed
		? featureSpan(props, label, problems)
		: {};
	if (span === null) return null;
	const lines = geometry.type.includes('LineString');
	let style: LayerStyle = lines ? 'route' : 'area';
	if (isStyle(props.style)) style = props.style;
	else if (props.style !== undefined) {
		const message = `is not one of ${LAYER_STYLES.join(', ')}, so the shape is drawn as ${style}`;
		problems.push({ row: label, field: 'properties.style', message, severity: 'warning' });
	}
	return { timed, style, geometry, ...span };
}
