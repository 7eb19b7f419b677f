import type { ImportResult } from './importers/importText';

/**
 * The shipped dataset travels in its page already read (`src/lib/server/prerender`), so the first
 * view needs neither the validator nor the readers. JSON has no infinities, which layer and
 * membership spans use for "no end": they are written as `{ "$number": "Infinity" }`.
 */
const MARK = '$number';

const isPlain = (value: object) => {
	const proto = Object.getPrototypeOf(value);
	return proto === Object.prototype || proto === null || Array.isArray(value);
};

/** Only plain objects, arrays, strings, numbers, booleans and null survive JSON unchanged. */
function isPlainData(value: unknown, depth = 0): boolean {
	if (depth > 64) return false;
	if (value === null || value === undefined) return true;
	const type = typeof value;
	if (type === 'string' || type === 'number' || type === 'boolean') return true;
	if (type !== 'object' || !isPlain(value as object)) return false;
	if (!Array.isArray(value) && MARK in (value as object)) return false;
	return Object.values(value as object).every((item) => isPlainData(item, depth + 1));
}

const replace = (_key: string, value: unknown) =>
	typeof value === 'number' && !Number.isFinite(value) ? { [MARK]: String(value) } : value;

function revive(_key: string, value: unknown) {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
	const keys = Object.keys(value);
	const mark = (value as Record<string, unknown>)[MARK];
	if (keys.length !== 1 || typeof mark !== 'string') return value;
	return mark === 'Infinity' || mark === '-Infinity' || mark === 'NaN' ? Number(mark) : value;
}

/** The result as page data, or null when it holds anything JSON would not give back as it was. */
export function writeShipped(result: ImportResult): string | null {
	return result.dataset && isPlainData(result) ? JSON.stringify(result, replace) : null;
}

/** The result the page carries, or null when it is not one (the app then fetches the file). */
export function readShipped(text: string | null): ImportResult | null {
	if (!text) return null;
	try {
		const result = JSON.parse(text, revive) as ImportResult | null;
		const dataset = result?.dataset;
		if (!dataset || !Array.isArray(dataset.events) || !Array.isArray(result.problems)) return null;
		return result;
	} catch {
		return null;
	}
}
