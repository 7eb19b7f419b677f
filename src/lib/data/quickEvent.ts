import * as v from 'valibot';
import { EVENT_KINDS } from './kinds';
import { LIMITS } from './limits';
import { SourceSchema, VERIFIED_STATES, type RawEvent, type SourceRef } from './schema';

/**
 * An event row read without going through valibot, for the rows that are plainly well formed:
 * the output `v.parse(EventSchema, raw)` gives, or null whenever anything is unusual, and then
 * the row goes through EventSchema, which stays the one definition of the format and words every
 * problem. Checking 100,000 rows through the schema took about a fifth of a large file's parse,
 * much of it building outputs and issue paths one step of a pipe at a time.
 *
 * It never accepts a row EventSchema refuses, nor gives it another output, with one difference
 * no reader sees: a field set to `undefined` is left out, as if absent (the schema keeps the key
 * with no value; every use of the row reads both alike). quickEvent.test.ts compares the two on
 * generated rows; a change to EventSchema must be made here too.
 */
export function quickEvent(raw: unknown): RawEvent | null {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
	const row = raw as { [key in keyof RawEvent]?: unknown };
	const id = requiredText(row.id);
	const title = requiredText(row.title);
	const date = row.date;
	if (id === null || title === null || typeof date !== 'string') return null;
	const event: RawEvent = { id, title, date, places: [], kind: 'event' };
	const { end, notAfter, approximate, places, actor, kind, quote, note } = row;
	const { source, sources, verified, media, layer, category, tags } = row;
	if (end !== undefined) {
		if (typeof end !== 'string') return null;
		event.end = end;
	}
	if (notAfter !== undefined) {
		if (typeof notAfter !== 'string') return null;
		event.notAfter = notAfter;
	}
	if (approximate !== undefined) {
		if (typeof approximate !== 'boolean') return null;
		event.approximate = approximate;
	}
	if (places !== undefined) {
		if (!Array.isArray(places) || places.length > LIMITS.placesPerEvent) return null;
		for (const place of places) if (typeof place !== 'string') return null;
		event.places = places.slice();
	}
	if (kind !== undefined) {
		if (!(EVENT_KINDS as readonly unknown[]).includes(kind)) return null;
		event.kind = kind as RawEvent['kind'];
	}
	if (verified !== undefined) {
		if (!(VERIFIED_STATES as readonly unknown[]).includes(verified)) return null;
		event.verified = verified as RawEvent['verified'];
	}
	if (media !== undefined) event.media = media;
	if (!setText(event, 'actor', actor)) return null;
	if (!setText(event, 'quote', quote)) return null;
	if (!setText(event, 'note', note)) return null;
	if (!setText(event, 'layer', layer)) return null;
	if (!setText(event, 'category', category)) return null;
	if (source !== undefined) {
		const read = readSource(source);
		if (!read) return null;
		event.source = read;
	}
	if (sources !== undefined) {
		if (!Array.isArray(sources) || sources.length > LIMITS.sourcesPerEvent) return null;
		const read: SourceRef[] = [];
		for (const item of sources) {
			const one = readSource(item);
			if (!one) return null;
			read.push(one);
		}
		event.sources = read;
	}
	if (tags !== undefined) {
		if (!Array.isArray(tags) || tags.length > LIMITS.tagsPerEvent) return null;
		const read: string[] = [];
		for (const item of tags) {
			if (typeof item !== 'string') return null;
			const tag = item.trim();
			if (tag.length === 0 || tag.length > LIMITS.tagLength) return null;
			read.push(tag);
		}
		event.tags = read;
	}
	return event;
}

/** Every field quickEvent reads: the test holds it to EventSchema's. */
export const QUICK_EVENT_FIELDS = [
	...['id', 'title', 'date', 'end', 'notAfter', 'approximate', 'places', 'actor', 'kind'],
	...['quote', 'note', 'source', 'sources', 'verified', 'media', 'layer', 'category', 'tags']
];

/** `text` in schema.ts: trimmed, not empty, not too long. */
function requiredText(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const text = value.trim();
	return text.length > 0 && text.length <= LIMITS.textLength ? text : null;
}

type TextField = 'actor' | 'quote' | 'note' | 'layer' | 'category';

/** `optionalText` in schema.ts (trimmed, not too long, may be empty): false when it is not. */
function setText(event: RawEvent, field: TextField, value: unknown): boolean {
	if (value === undefined) return true;
	if (typeof value !== 'string') return false;
	const text = value.trim();
	if (text.length > LIMITS.textLength) return false;
	event[field] = text;
	return true;
}

/** Sources are rarer and nested: the schema reads them, and a refused one refuses the row. */
function readSource(value: unknown): SourceRef | null {
	const read = v.safeParse(SourceSchema, value);
	return read.success ? read.output : null;
}
