import type { ImportResult } from './importers/importText';
import { eventSpan } from './eventSpan';
import type { ChronoEvent } from './model';

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

/**
 * The result as page data, in parts: `head` is the result without its events, `events` each
 * event on its own, so the page can set each beside its row of the prerendered list, where gzip
 * finds the same texts a few hundred bytes back rather than far beyond its 32 KB window. Texts
 * are safe inside a script element (`<` is escaped). Null when the result holds anything JSON
 * would not give back as it was.
 */
export function writeShipped(result: ImportResult): ShippedParts | null {
	if (!result.dataset || !isPlainData(result)) return null;
	const { events, ...rest } = result.dataset;
	const head: ShippedHead = {
		count: events.length,
		result: { ...result, dataset: { ...rest, events: [] } }
	};
	return { head: toScriptText(head), events: events.map(withoutSpan).map(toScriptText) };
}

export interface ShippedParts {
	head: string;
	events: string[];
}

/** What the reader works out from an event's dates and order is left out, and worked out again. */
const withoutSpan = ({ start: _start, stop: _stop, index: _index, ...event }: ChronoEvent) => event;

function withSpan(
	event: Omit<ChronoEvent, 'start' | 'stop' | 'index'>,
	index: number
): ChronoEvent {
	return { ...event, ...eventSpan(event.date, event.end, event.notAfter), index };
}

interface ShippedHead {
	/** How many events the page carries beside the head: fewer found means a page cut short. */
	count: number;
	result: ImportResult;
}

/** `<` written as `\u003c`, which JSON reads back the same, so no text can close the element. */
const toScriptText = (value: unknown) => JSON.stringify(value, replace).replace(/</g, '\\u003c');

/**
 * The result the page carries, or null when it is not one or not all of it is there (the app
 * then fetches the file).
 */
export function readShipped(parts: ShippedParts | null): ImportResult | null {
	if (!parts?.head) return null;
	try {
		const head = JSON.parse(parts.head, revive) as ShippedHead | null;
		const result = head?.result;
		const dataset = result?.dataset;
		if (!dataset || !Array.isArray(dataset.events) || !Array.isArray(result.problems)) return null;
		if (head?.count !== parts.events.length) return null;
		const read = parts.events.map((text) => JSON.parse(text, revive) as ChronoEvent | null);
		if (!read.every((event) => typeof event?.id === 'string' && event.date)) return null;
		const events = (read as ChronoEvent[]).map(withSpan);
		return { ...result, dataset: { ...dataset, events } };
	} catch {
		return null;
	}
}
