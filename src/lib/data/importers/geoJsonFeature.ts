import type { Problem } from '../model';
import { readCoordinates } from './readCoordinates';
import { plainText } from './htmlToText';

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

/**
 * Properties hold text. Text with tags or entities (`<b>`, `&eacute;`) is read as its plain
 * text, so notes read as written; markup that holds no text at all is kept as written, shown as
 * text, so a feature is not lost to it. A `{ value }` object (how togeojson writes a KML
 * description) is its value's text, numbers become text, and anything else is left for the
 * schema to refuse.
 */
export function text(value: unknown): unknown {
	if (typeof value === 'string') {
		return plainText(value.trim()) || undefined;
	}
	if (typeof value === 'number') return String(value);
	const wrapped = record(value);
	if (typeof wrapped?.value === 'string') return text(wrapped.value);
	return value ?? undefined;
}

export function featureId(feature: Json | undefined): string | undefined {
	const id = feature?.id ?? record(feature?.properties)?.id;
	if (typeof id !== 'string' && typeof id !== 'number') return undefined;
	return String(id).trim() || undefined;
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
