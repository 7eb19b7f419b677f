import * as v from 'valibot';
import { LIMITS } from './limits';

/**
 * The Chronomap data format, version 1, defined once. Rows are checked one at a time so that a
 * bad row is dropped and reported while the good ones survive (see parseDataset).
 */

export const EVENT_KINDS = ['event', 'statement', 'report', 'claim'] as const;
export const PLACE_KINDS = ['city', 'region', 'area', 'country'] as const;

const longest = v.maxLength<string, number, string>(
	LIMITS.textLength,
	`must be at most ${LIMITS.textLength.toLocaleString('en')} characters long`
);
const text = v.pipe(v.string('must be text'), v.trim(), v.nonEmpty('must not be empty'), longest);
const optionalText = v.optional(v.pipe(v.string('must be text'), v.trim(), longest));
const dateText = v.string('must be a date written as YYYY, YYYY-MM or YYYY-MM-DD');

export const SourceSchema = v.object({
	title: text,
	author: optionalText,
	publisher: optionalText,
	published: v.optional(dateText),
	url: optionalText
});

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
	places: v.optional(
		v.pipe(
			v.array(v.string('must be a place id'), 'must be a list of place ids'),
			v.maxLength(LIMITS.placesPerEvent, `must name at most ${LIMITS.placesPerEvent} places`)
		),
		[]
	),
	actor: optionalText,
	kind: v.optional(v.picklist(EVENT_KINDS, `must be one of ${EVENT_KINDS.join(', ')}`), 'event'),
	quote: optionalText,
	note: optionalText,
	source: v.optional(SourceSchema),
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
	places: v.optional(v.array(v.unknown(), 'must be a list'), []),
	events: v.array(v.unknown(), 'must be a list'),
	eras: v.optional(v.array(v.unknown(), 'must be a list'), [])
});

export type EventKind = (typeof EVENT_KINDS)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type SourceRef = v.InferOutput<typeof SourceSchema>;
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
