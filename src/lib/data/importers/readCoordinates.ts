import * as v from 'valibot';
import { PlaceSchema } from '../schema';

export type Coordinates =
	| { ok: true; lat: number; lon: number }
	| { ok: false; problems: { field: 'lat' | 'lon'; message: string }[] };

/**
 * A decimal number with at most one way to match any text (digits, then an optional point and
 * digits), tried only on short text: no input can make it backtrack.
 */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
/** Longer than any coordinate anyone writes (a sign, three digits, a point and 25 decimals). */
export const MAX_DECIMAL_LENGTH = 30;

function isDecimal(text: string): boolean {
	return text.length <= MAX_DECIMAL_LENGTH && DECIMAL.test(text);
}

/** Reads a latitude and longitude given as numbers or text, checked by the schema's own ranges. */
export function readCoordinates(lat: unknown, lon: unknown): Coordinates {
	const problems: { field: 'lat' | 'lon'; message: string }[] = [];
	const read = (field: 'lat' | 'lon', value: unknown): number => {
		const given = typeof value === 'string' ? value.trim() : value;
		if (given === undefined || given === null || given === '') {
			problems.push({ field, message: 'is missing (lat and lon go together)' });
			return NaN;
		}
		const number = typeof given === 'string' && isDecimal(given) ? Number(given) : given;
		if (typeof number !== 'number') {
			problems.push({ field, message: `${quoted(given)} is not a number` });
			return NaN;
		}
		const checked = v.safeParse(PlaceSchema.entries[field], number);
		if (!checked.success)
			problems.push({ field, message: `${number} ${checked.issues[0].message}` });
		return number;
	};
	const latitude = read('lat', lat);
	const longitude = read('lon', lon);
	return problems.length > 0
		? { ok: false, problems }
		: { ok: true, lat: latitude, lon: longitude };
}

function quoted(value: unknown): string {
	const text =
		typeof value === 'string'
			? JSON.stringify(value)
			: Array.isArray(value)
				? 'a list'
				: typeof value === 'object'
					? 'an object'
					: String(value);
	return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
