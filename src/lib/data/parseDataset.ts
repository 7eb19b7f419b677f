import * as v from 'valibot';
import { endOf, offsetMinutes, startOf, type CalendarDate } from '$lib/time/calendarDate';
import { describeIssues, rowName } from './describeIssues';
import { eventSpan } from './eventSpan';
import { LIMITS } from './limits';
import type { ChronoEvent, Dataset, Era, ParseResult, Problem } from './model';
import { readDataLanguage } from './readDataLanguage';
import {
	ColumnMappingSchema,
	DatasetSchema,
	EraSchema,
	EventSchema,
	PlaceSchema,
	type Place
} from './schema';
import { safeHttpUrl } from './safeHttpUrl';
import { readLayers, readMemberships } from './readLayers';
import { readProvenance } from './provenance/readProvenance';
import { readStory } from '$lib/story/readStory';
import { readCategories } from './readCategories';
import { readMedia } from '$lib/media/readMedia';
import { quickEvent } from './quickEvent';
import { SharedReads } from './sharedReads';
import { inDateOrder } from './inDateOrder';
import { englishCount } from './englishCount';
import { fileProblem } from './fileProblem';

/**
 * Reads a dataset from JSON text or an already-parsed value. It never throws: every bad row is
 * dropped and reported by row and field, and every good row survives.
 */
export function parseDataset(input: unknown): ParseResult {
	let value = input;
	if (typeof input === 'string') {
		try {
			value = JSON.parse(input);
		} catch (error) {
			const detail = error instanceof Error ? error.message : String(error);
			return fail(`is not valid JSON (${detail})`);
		}
	}
	if (!value || typeof value !== 'object' || Array.isArray(value)) {
		return fail('is not a Chronomap dataset (expected an object with "version" and "events")');
	}
	const envelope = v.safeParse(DatasetSchema, value);
	if (!envelope.success) {
		return { dataset: null, problems: describeIssues(envelope.issues, 'file') };
	}
	const problems: Problem[] = [];
	const rows = {
		places: capRows(envelope.output.places, 'places', LIMITS.places, problems),
		events: capRows(envelope.output.events, 'events', LIMITS.events, problems),
		eras: capRows(envelope.output.eras, 'eras', LIMITS.eras, problems)
	};
	const places = readRows(rows.places, 'place', PlaceSchema, problems);
	const placeIds = new Set(places.map((place) => place.id));
	const layers = readLayers(envelope.output.layers, problems);
	const layerIds = new Set(layers.map((layer) => layer.id));
	const categories = readCategories(envelope.output.categories, problems);
	const categoryIds = new Set(categories.map((category) => category.id));
	const shared = new SharedReads();
	const events = inDateOrder(
		readRows(rows.events, 'event', EventSchema, problems, quickEvent)
			.map((raw) => toEvent(raw, placeIds, problems, layerIds, categoryIds, shared))
			.filter((event): event is ChronoEvent => event !== null)
	);
	events.forEach((event, index) => (event.index = index));
	const eras = readRows(rows.eras, 'era', EraSchema, problems)
		.map((raw) => toEra(raw, problems, shared))
		.filter((era): era is Era => era !== null);
	const { title, description, source, focus } = envelope.output;
	const lang = readDataLanguage(envelope.output.lang, problems);
	const displayOffset = readOffset(envelope.output.displayOffset, problems);
	const eventIds = new Set(events.map((event) => event.id));
	const story = readStory(envelope.output.story, eventIds, layerIds, problems);
	const dataset: Dataset = {
		title,
		description,
		...(lang ? { lang } : {}),
		source: cleanSource(source),
		focus,
		...(displayOffset === undefined ? {} : { displayOffset }),
		...readProvenance(envelope.output, problems),
		places,
		events,
		eras,
		layers,
		memberships: readMemberships(envelope.output.memberships, problems),
		...(story ? { story } : {}),
		...(categories.length > 0 ? { categories } : {}),
		...readColumnMapping(envelope.output.columnMapping, problems)
	};
	return { dataset, problems };
}

/** A saved column mapping, or nothing: a bad one is reported and dropped, never the whole file. */
function readColumnMapping(raw: unknown, problems: Problem[]): Pick<Dataset, 'columnMapping'> {
	if (raw === undefined) return {};
	const result = v.safeParse(ColumnMappingSchema, raw);
	if (result.success) return { columnMapping: result.output };
	const issues = describeIssues(result.issues, 'file', 'warning');
	problems.push(
		...issues.map((issue) => ({
			...issue,
			field: issue.field ? `columnMapping.${issue.field}` : 'columnMapping'
		}))
	);
	return {};
}

/** The dataset's display offset in minutes; a malformed one is reported and UTC used instead. */
function readOffset(text: string | undefined, problems: Problem[]): number | undefined {
	if (text === undefined) return undefined;
	const offset = text.trim().toUpperCase() === 'Z' ? 0 : offsetMinutes(text.trim());
	if (offset !== null) return offset;
	problems.push({
		row: 'file',
		field: 'displayOffset',
		message: `"${text.slice(0, 20)}" is not an offset written Z or ±HH:MM (from -14:00 to +14:00); times are shown in UTC`,
		severity: 'warning'
	});
	return undefined;
}

function fail(message: string): ParseResult {
	return { dataset: null, problems: [fileProblem(message)] };
}

/**
 * The first `limit` rows: a file over a documented limit (LIMITS) is read up to it and the rest
 * is reported, so that no file can make the page build more than it can draw.
 */
function capRows(rows: unknown[], field: string, limit: number, problems: Problem[]): unknown[] {
	if (rows.length <= limit) return rows;
	problems.push({
		row: 'file',
		field,
		message: `has ${englishCount(rows.length)} ${field}, more than the limit of ${englishCount(limit)}: only the first ${englishCount(limit)} are read`,
		severity: 'error'
	});
	return rows.slice(0, limit);
}

/**
 * Validates each row on its own and drops rows that fail or repeat an earlier id. `quick`, when
 * given, reads plainly well-formed rows as the schema would; the schema reads all the others.
 */
function readRows<S extends v.GenericSchema>(
	rows: unknown[],
	kind: string,
	schema: S,
	problems: Problem[],
	quick?: (raw: unknown) => v.InferOutput<S> | null
): v.InferOutput<S>[] {
	const seen = new Set<string>();
	const kept: v.InferOutput<S>[] = [];
	// A row's name is written only for a problem: most rows have none.
	rows.forEach((raw, index) => {
		let output: v.InferOutput<S> | null = quick?.(raw) ?? null;
		if (!output) {
			const result = v.safeParse(schema, raw);
			if (!result.success) {
				problems.push(...describeIssues(result.issues, rowName(kind, raw, index)));
				return;
			}
			output = result.output;
		}
		const id = (output as { id: string }).id;
		if (seen.has(id)) {
			problems.push({
				row: rowName(kind, raw, index),
				field: 'id',
				message: `repeats an earlier ${kind}'s id`,
				severity: 'error'
			});
			return;
		}
		seen.add(id);
		kept.push(output);
	});
	return kept;
}

function readDate(
	value: string,
	row: () => string,
	field: string,
	problems: Problem[],
	shared: SharedReads
) {
	const parsed = shared.date(value);
	if (!parsed.ok) problems.push({ row: row(), field, message: parsed.reason, severity: 'error' });
	return parsed.ok ? parsed.date : null;
}

function readSpan(
	raw: { id: string; date: string; end?: string; notAfter?: string },
	kind: string,
	problems: Problem[],
	shared: SharedReads
): { date: CalendarDate; end?: CalendarDate; notAfter?: CalendarDate } | null {
	const row = () => `${kind} "${raw.id}"`;
	const read = (text: string, field: string) => readDate(text, row, field, problems, shared);
	const date = read(raw.date, 'date');
	const end = raw.end === undefined ? undefined : read(raw.end, 'end');
	const notAfter = raw.notAfter === undefined ? undefined : read(raw.notAfter, 'notAfter');
	if (!date || end === null || notAfter === null) return null;
	if (end && notAfter) {
		problems.push({
			row: row(),
			field: 'notAfter',
			message:
				'cannot be given with end: end says how long the event lasted, notAfter the latest it can have happened',
			severity: 'error'
		});
		return null;
	}
	const last = end ?? notAfter;
	if (last && endOf(last) <= startOf(date)) {
		problems.push({
			row: row(),
			field: end ? 'end' : 'notAfter',
			message: `${raw.end ?? raw.notAfter} is before the date ${raw.date}`,
			severity: 'error'
		});
		return null;
	}
	return { date, end, notAfter };
}

function toEvent(
	raw: v.InferOutput<typeof EventSchema>,
	placeIds: Set<string>,
	problems: Problem[],
	layerIds: Set<string>,
	categoryIds: Set<string>,
	shared: SharedReads
): ChronoEvent | null {
	const span = readSpan(raw, 'event', problems, shared);
	if (!span) return null;
	// Most events name only known places: the list of unknown ones is made only when one is not.
	let unknown: string[] | undefined;
	for (const id of raw.places) if (!placeIds.has(id)) (unknown ??= []).push(id);
	if (unknown) {
		const names = unknown.map((id) => `"${id}"`).join(', ');
		problems.push({
			row: `event "${raw.id}"`,
			field: 'places',
			message: `names unknown place ${names}`,
			severity: 'error'
		});
		return null;
	}
	if ((raw.kind === 'statement' || raw.kind === 'claim') && !raw.actor) {
		problems.push({
			row: `event "${raw.id}"`,
			field: 'actor',
			message: `a ${raw.kind} should name who made it`,
			severity: 'warning'
		});
	}
	if (raw.layer && !layerIds.has(raw.layer)) {
		problems.push({
			row: `event "${raw.id}"`,
			field: 'layer',
			message: `names unknown layer "${raw.layer.slice(0, 60)}"`,
			severity: 'warning'
		});
	}
	if (raw.category && !categoryIds.has(raw.category)) {
		problems.push({
			row: `event "${raw.id}"`,
			field: 'category',
			message: `names unknown category "${raw.category.slice(0, 60)}"`,
			severity: 'warning'
		});
	}
	const { date, end, notAfter } = span;
	const { start, stop } = eventSpan(date, end, notAfter);
	// Fields written out rather than spread: copying rows this way is several times faster. Those
	// a row lacks are left out, not set to undefined: a large file's events are copied from the
	// parser's worker to the page, and each key costs that copy time, present or not.
	const event: ChronoEvent = {
		id: raw.id,
		title: raw.title,
		places: shared.places(raw.places),
		kind: raw.kind,
		date,
		start,
		stop,
		index: 0
	};
	if (raw.actor !== undefined) event.actor = raw.actor;
	if (raw.quote !== undefined) event.quote = raw.quote;
	if (raw.note !== undefined) event.note = raw.note;
	if (raw.source !== undefined) event.source = cleanSource(raw.source);
	if (raw.sources !== undefined) event.sources = raw.sources.map((source) => cleanSource(source)!);
	if (raw.verified !== undefined) event.verified = raw.verified;
	if (raw.media !== undefined) {
		const media = readMedia(raw.media, `event "${raw.id}"`, problems);
		if (media !== undefined) event.media = media;
	}
	if (raw.layer && layerIds.has(raw.layer)) event.layer = raw.layer;
	if (raw.category && categoryIds.has(raw.category)) event.category = raw.category;
	if (raw.tags && raw.tags.length > 0) event.tags = [...new Set(raw.tags)];
	if (end !== undefined) event.end = end;
	if (notAfter !== undefined) event.notAfter = notAfter;
	if (raw.approximate) event.approximate = true;
	return event;
}

function toEra(
	raw: v.InferOutput<typeof EraSchema>,
	problems: Problem[],
	shared: SharedReads
): Era | null {
	const span = readSpan(raw, 'era', problems, shared);
	if (!span?.end) return null;
	return {
		...raw,
		date: span.date,
		end: span.end,
		start: startOf(span.date),
		stop: endOf(span.end)
	};
}

/** Keeps a source's links only when they are http(s): data is text and links are never scripts. */
function cleanSource<T extends { url?: string; archiveUrl?: string }>(
	source: T | undefined
): T | undefined {
	if (!source) return source;
	const cleaned = { ...source, url: safeHttpUrl(source.url) };
	if (source.archiveUrl !== undefined) cleaned.archiveUrl = safeHttpUrl(source.archiveUrl);
	return cleaned;
}

export type { Place };
