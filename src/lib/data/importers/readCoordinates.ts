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
/**
 * A number written with a decimal comma, as European spreadsheets save coordinates (`50,4501`):
 * digits on both sides of one comma. A coordinate is at most three digits before its decimals,
 * so there is no thousands separator to mistake it for.
 */
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
/** Longer than any coordinate anyone writes (a sign, three digits, a point and 25 decimals). */
export const MAX_DECIMAL_LENGTH = 30;

/** The number a coordinate's text writes, or null when it writes none. */
function readDecimal(text: string): number | null {
	if (text.length > MAX_DECIMAL_LENGTH) return null;
	if (DECIMAL.test(text)) return Number(text);
	return DECIMAL_COMMA.test(text) ? Number(text.replace(',', '.')) : null;
}

/**
 * Reads a latitude and longitude given as numbers or text, checked by the schema's own ranges.
 * Text may use a decimal point or a decimal comma. (A "lat, lon" pair in one cell is split
 * before this, by the column mapping: readCoordinatePair.)
 */
export function readCoordinates(lat: unknown, lon: unknown): Coordinates {
	const problems: { field: 'lat' | 'lon'; message: string }[] = [];
	const read = (field: 'lat' | 'lon', value: unknown): number => {
		const given = typeof value === 'string' ? value.trim() : value;
		if (given === undefined || given === null || given === '') {
			problems.push({ field, message: 'is missing (lat and lon go together)' });
			return NaN;
		}
		const number = typeof given === 'string' ? readDecimal(given) : given;
		if (typeof number !== 'number') {
			problems.push({ field, message: notANumber(given) });
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

function notANumber(given: unknown): string {
	return typeof given === 'string' && given.includes(',')
		? `${quoted(given)} is not a number (write one decimal point or comma, without thousands separators)`
		: `${quoted(given)} is not a number`;
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
