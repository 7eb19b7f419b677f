import * as v from 'valibot';
import { LIMITS } from './limits';

/**
 * The Chronomap data format, version 1, defined once. Rows are checked one at a time so that a
 * bad row is dropped and reported while the good ones survive (see parseDataset).
 */

export const EVENT_KINDS = ['event', 'statement', 'report', 'claim'] as const;
export const PLACE_KINDS = ['city', 'region', 'area', 'country'] as const;

const text = v.pipe(v.string('must be text'), v.trim(), v.nonEmpty('must not be empty'));
const optionalText = v.optional(v.pipe(v.string('must be text'), v.trim()));
const dateText = v.string('must be a date written as YYYY, YYYY-MM or YYYY-MM-DD');

export const SourceSchema = v.object({
	title: text,
	author: optionalText,
	publisher: optionalText,
	published: v.optional(dateText),
	url: optionalText,
	/** When the source was read, for pages that change. */
	accessed: v.optional(dateText),
	/** A copy kept by an archive, for when the page moves or dies. */
	archiveUrl: optionalText
});

/** How far the public record bears an event out: shown as a small, explained badge. */
export const VERIFIED_STATES = ['confirmed', 'unconfirmed', 'disputed'] as const;

/** One entry of the dataset's corrections log. */
export const ChangeSchema = v.object({ date: dateText, text });

export const PlaceSchema = v.object({
	id: text,
	name: text,
	lat: v.pipe(
		v.number('must be a number'),
		v.finite('must be a finite number'),
		v.minValue(-90, 'must be between -90 and 90'),
		v.maxValue(90, 'must be between -90 and 90')
	),
	lon: v.pipe(
		v.number('must be a number'),
		v.finite('must be a finite number'),
		v.minValue(-180, 'must be between -180 and 180'),
		v.maxValue(180, 'must be between -180 and 180')
	),
	kind: v.optional(v.picklist(PLACE_KINDS, `must be one of ${PLACE_KINDS.join(', ')}`), 'city'),
	note: optionalText
});

export const EventSchema = v.object({
	id: text,
	title: text,
	date: dateText,
	end: v.optional(dateText),
	places: v.optional(v.array(v.string('must be a place id'), 'must be a list of place ids'), []),
	actor: optionalText,
	kind: v.optional(v.picklist(EVENT_KINDS, `must be one of ${EVENT_KINDS.join(', ')}`), 'event'),
	quote: optionalText,
	note: optionalText,
	source: v.optional(SourceSchema),
	/** Corroborating sources; `source` stays the text the quote comes from. */
	sources: v.optional(
		v.pipe(
			v.array(SourceSchema, 'must be a list of sources'),
			v.maxLength(LIMITS.sourcesPerEvent, `must list at most ${LIMITS.sourcesPerEvent} sources`)
		)
	),
	verified: v.optional(v.picklist(VERIFIED_STATES, `must be one of ${VERIFIED_STATES.join(', ')}`)),
	media: v.optional(v.object({ url: text, caption: optionalText, credit: optionalText }), undefined)
});

export const EraSchema = v.object({
	id: text,
	title: text,
	date: dateText,
	end: dateText
});

export const FocusSchema = v.object({
	west: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
	south: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
	east: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
	north: v.pipe(v.number(), v.minValue(-90), v.maxValue(90))
});

/** The envelope: everything but the rows, which are checked one by one. */
export const DatasetSchema = v.object({
	version: v.literal(1, 'must be 1 (the only version of the format)'),
	title: text,
	description: optionalText,
	source: v.optional(SourceSchema),
	focus: v.optional(FocusSchema),
	/** When the data last changed. */
	updated: v.optional(dateText),
	changes: v.optional(
		v.pipe(
			v.array(v.unknown(), 'must be a list of { date, text }'),
			v.maxLength(LIMITS.changes, `must list at most ${LIMITS.changes} changes`)
		)
	),
	/** The licence of the data, e.g. "CC BY 4.0". */
	license: optionalText,
	/** Where readers report an error: an e-mail address or an http(s) address. */
	corrections: optionalText,
	places: v.optional(v.array(v.unknown(), 'must be a list'), []),
	events: v.array(v.unknown(), 'must be a list'),
	eras: v.optional(v.array(v.unknown(), 'must be a list'), [])
});

export type EventKind = (typeof EVENT_KINDS)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type SourceRef = v.InferOutput<typeof SourceSchema>;
export type Verified = (typeof VERIFIED_STATES)[number];
export type Place = v.InferOutput<typeof PlaceSchema>;
export type RawEvent = v.InferOutput<typeof EventSchema>;
export type RawEra = v.InferOutput<typeof EraSchema>;
export type Focus = v.InferOutput<typeof FocusSchema>;
/** The file as written: what an author produces and `?data=` loads. */
export type DatasetFile = Omit<v.InferInput<typeof DatasetSchema>, 'places' | 'events' | 'eras'> & {
	places?: v.InferInput<typeof PlaceSchema>[];
	events: v.InferInput<typeof EventSchema>[];
	eras?: v.InferInput<typeof EraSchema>[];
};
