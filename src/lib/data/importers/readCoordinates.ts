import * as v from 'valibot';
import { PlaceSchema } from '../schema';

export type Coordinates =
	| { ok: true; lat: number; lon: number }
	| { ok: false; problems: { field: 'lat' | 'lon'; message: string }[] };

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/** Reads a latitude and longitude given as numbers or text, checked by the schema's own ranges. */
export function readCoordinates(lat: unknown, lon: unknown): Coordinates {
	const problems: { field: 'lat' | 'lon'; message: string }[] = [];
	const read = (field: 'lat' | 'lon', value: unknown): number => {
		const given = typeof value === 'string' ? value.trim() : value;
		if (given === undefined || given === null || given === '') {
			problems.push({ field, message: 'is missing (lat and lon go together)' });
			return NaN;
		}
		const number = typeof given === 'string' && DECIMAL.test(given) ? Number(given) : given;
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
