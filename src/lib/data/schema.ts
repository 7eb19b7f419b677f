import * as v from 'valibot';
import { EVENT_KINDS } from './kinds';
import { LIMITS } from './limits';
import { DATE_FORMS } from './importers/dateForms';
import { isOffset } from '$lib/time/calendarDate';
import { englishCount } from './englishCount';

/**
 * The Chronomap data format, version 1, defined once. Rows are checked one at a time so that a
 * bad row is dropped and reported while the good ones survive (see parseDataset).
 */

export { EVENT_KINDS };
export const PLACE_KINDS = ['city', 'region', 'area', 'country'] as const;

/** Text fields, shared by every row schema (story steps included). */
export const longest = v.maxLength<string, number, string>(
	LIMITS.textLength,
	`must be at most ${englishCount(LIMITS.textLength)} characters long`
);
export const text = v.pipe(
	v.string('must be text'),
	v.trim(),
	v.nonEmpty('must not be empty'),
	longest
);
export const optionalText = v.optional(v.pipe(v.string('must be text'), v.trim(), longest));
const dateText = v.string(
	'must be a date written as YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm with an offset'
);

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

/** A BCP 47 language tag as data writes one: `en`, `uk`, `sr-Latn`, `pt-BR`. */
export const languageTag = v.pipe(
	v.string('must be a language tag such as en, uk or sr-Latn'),
	v.maxLength(35, 'must be a language tag such as en, uk or sr-Latn'),
	v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a language tag such as en, uk or sr-Latn')
);

export const PlaceSchema = v.object({
	id: text,
	name: text,
	/** The place's name in other languages, by language tag: `{ "uk": "Київ" }`. */
	names: v.optional(
		v.pipe(
			v.record(languageTag, text, 'must map language tags to names'),
			v.maxEntries(
				LIMITS.placeNames,
				`must name the place in at most ${LIMITS.placeNames} languages`
			)
		)
	),
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

/** What a media item is: kind decides how it is shown (src/lib/media/). */
export const MEDIA_KINDS = ['image', 'video', 'audio', 'embed'] as const;
const pixels = v.optional(
	v.pipe(
		v.number('must be a number of pixels'),
		v.integer('must be a whole number of pixels'),
		v.minValue(1, 'must be at least 1 pixel'),
		v.maxValue(20_000, 'must be at most 20,000 pixels')
	)
);

/** Captions or subtitles for a video or audio item (a WebVTT file). */
export const MediaTrackSchema = v.object({
	src: text,
	srclang: v.optional(
		v.pipe(
			v.string('must be a language tag'),
			v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en"')
		)
	),
	label: text
});

/**
 * One picture, video, sound or page beside an event. Captions and credits are text, never HTML;
 * an image without `alt` is reported and kept out of view (src/lib/media/readMedia.ts).
 */
export const MediaSchema = v.object({
	url: text,
	kind: v.optional(v.picklist(MEDIA_KINDS, `must be one of ${MEDIA_KINDS.join(', ')}`)),
	alt: optionalText,
	caption: optionalText,
	credit: optionalText,
	/** An image shown before a video plays; used by a facade only when it is own media. */
	poster: optionalText,
	width: pixels,
	height: pixels,
	tracks: v.optional(
		v.pipe(
			v.array(MediaTrackSchema, 'must be a list of { src, srclang, label }'),
			v.maxLength(LIMITS.mediaPerEvent, `must list at most ${LIMITS.mediaPerEvent} tracks`)
		)
	)
});

export const EventSchema = v.object({
	id: text,
	title: text,
	date: dateText,
	end: v.optional(dateText),
	/** The latest the event can have happened: it happened once, some time from `date` to this. */
	notAfter: v.optional(dateText),
	approximate: v.optional(v.boolean('must be true or false')),
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
	/** Corroborating sources; `source` stays the text the quote comes from. */
	sources: v.optional(
		v.pipe(
			v.array(SourceSchema, 'must be a list of sources'),
			v.maxLength(LIMITS.sourcesPerEvent, `must list at most ${LIMITS.sourcesPerEvent} sources`)
		)
	),
	verified: v.optional(v.picklist(VERIFIED_STATES, `must be one of ${VERIFIED_STATES.join(', ')}`)),
	/** One media item or a list (a gallery); each is checked on its own by readMedia. */
	media: v.optional(v.unknown()),
	/** The id of the layer this event draws (an area or a line instead of a marker). */
	layer: optionalText,
	/** The id of one of the dataset's `categories`: the author's own grouping, shown by colour. */
	category: optionalText,
	/** Free keywords readers can filter and search by. */
	tags: v.optional(
		v.pipe(
			v.array(
				v.pipe(
					v.string('must be text'),
					v.trim(),
					v.nonEmpty('must not be empty'),
					v.maxLength(LIMITS.tagLength, `must be at most ${LIMITS.tagLength} characters long`)
				),
				'must be a list of tags'
			),
			v.maxLength(LIMITS.tagsPerEvent, `must list at most ${LIMITS.tagsPerEvent} tags`)
		)
	)
});

/** One of the author's own groups of events; `color` is `#rgb`, `#rrggbb` or a CSS colour name. */
export const CategorySchema = v.object({
	id: text,
	label: text,
	color: v.optional(v.pipe(v.string('must be text'), v.maxLength(40, 'must be a colour')))
});

export const EraSchema = v.object({
	id: text,
	title: text,
	date: dateText,
	end: dateText
});

/** How a layer is drawn; each maps to theme variables (docs/data-format.md). */
export const LAYER_STYLES = ['area', 'occupied', 'claimed', 'front', 'route'] as const;
/** A shape the basemap already holds: `occupied:crimea`, `regions:donetsk`. */
const LAYER_REF = /^(occupied|regions):[a-z0-9-]+$/;

export const LayerSchema = v.object({
	id: text,
	title: text,
	style: v.picklist(LAYER_STYLES, `must be one of ${LAYER_STYLES.join(', ')}`),
	date: v.optional(dateText),
	end: v.optional(dateText),
	/** The place the layer draws: it lights and is selected along with that place's events. */
	place: optionalText,
	note: optionalText,
	geometry: v.optional(v.unknown()),
	geojson: v.optional(v.unknown()),
	ref: v.optional(
		v.pipe(
			v.string('must be text'),
			v.regex(LAYER_REF, 'must name a basemap shape as "occupied:<id>" or "regions:<id>"')
		)
	)
});

const countryCode = v.pipe(
	v.string('must be an ISO 3166-1 alpha-3 code'),
	v.regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as "UKR"')
);

export const MemberSchema = v.object({
	country: countryCode,
	joined: dateText,
	left: v.optional(dateText),
	note: optionalText
});

/** A set of countries with dates, listed in full (a reference set is named by its id instead). */
export const MembershipSchema = v.object({
	id: text,
	title: text,
	members: v.array(v.unknown(), 'must be a list')
});

export const FocusSchema = v.object({
	west: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
	south: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
	east: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
	north: v.pipe(v.number(), v.minValue(-90), v.maxValue(90))
});

const columnName = v.pipe(
	v.string('must be a column name'),
	v.trim(),
	v.nonEmpty('must name a column'),
	v.maxLength(500, 'must be at most 500 characters')
);

/**
 * How the columns of another table map onto Chronomap's fields, kept in the dataset so that the
 * same table opens the same way next time (src/lib/data/importers/mapColumns.ts applies it).
 */
export const ColumnMappingSchema = v.object({
	/** A template with `{column}` placeholders, or a bare column name. */
	title: columnName,
	date: v.object({
		column: columnName,
		form: v.picklist(DATE_FORMS, `must be one of ${DATE_FORMS.join(', ')}`)
	}),
	/** The events' ends, written in the date's form. */
	end: v.optional(columnName),
	/** The events' times of day (`14:30`, `2:30 PM`), joined to their dates. */
	time: v.optional(columnName),
	/** The offset (`Z` or `±HH:MM`) the table's times were recorded in, for times written without one. */
	offset: v.optional(
		v.pipe(
			v.string('must be an offset written Z or ±HH:MM'),
			v.check(isOffset, 'must be an offset written Z or ±HH:MM (from -14:00 to +14:00)')
		)
	),
	place: v.optional(columnName),
	lat: v.optional(columnName),
	lon: v.optional(columnName),
	actor: v.optional(columnName),
	/** Its values become the events' categories, one per distinct label. */
	category: v.optional(columnName),
	/** Its values, split at commas or semicolons, become the events' tags. */
	tags: v.optional(columnName),
	note: v.optional(columnName),
	/** A column of http(s) links: each event's source. */
	source: v.optional(columnName)
});

/** The envelope: everything but the rows, which are checked one by one. */
export const DatasetSchema = v.object({
	version: v.literal(1, 'must be 1 (the only version of the format)'),
	title: text,
	description: optionalText,
	/** The language the data's text is written in (titles, quotes, notes, place names); "en" when absent. */
	lang: v.optional(v.unknown()),
	source: v.optional(SourceSchema),
	focus: v.optional(FocusSchema),
	/** The offset (`Z` or `±HH:MM`) the slider and hour ticks tell time in; UTC when absent. */
	displayOffset: v.optional(v.string('must be an offset written Z or ±HH:MM')),
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
	eras: v.optional(v.array(v.unknown(), 'must be a list'), []),
	layers: v.optional(v.array(v.unknown(), 'must be a list'), []),
	memberships: v.optional(v.array(v.unknown(), 'must be a list'), []),
	/** The author's own groups of events (src/lib/data/readCategories.ts checks them). */
	categories: v.optional(v.array(v.unknown(), 'must be a list')),
	/** Authored steps through the events (src/lib/story/readStory.ts checks them). */
	story: v.optional(v.unknown()),
	/** The column mapping the data was imported with (checked apart: a bad one is only dropped). */
	columnMapping: v.optional(v.unknown())
});

export type { EventKind } from './kinds';
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type SourceRef = v.InferOutput<typeof SourceSchema>;
export type Verified = (typeof VERIFIED_STATES)[number];
export type Place = v.InferOutput<typeof PlaceSchema>;
export type RawEvent = v.InferOutput<typeof EventSchema>;
export type MediaKind = (typeof MEDIA_KINDS)[number];
/** A media item after reading: its kind is always known. */
export type Media = v.InferOutput<typeof MediaSchema> & { kind: MediaKind };
export type MediaInput = v.InferInput<typeof MediaSchema>;
export type RawEra = v.InferOutput<typeof EraSchema>;
export type Focus = v.InferOutput<typeof FocusSchema>;
export type LayerStyle = (typeof LAYER_STYLES)[number];
export type RawLayer = v.InferOutput<typeof LayerSchema>;
export type ColumnMapping = v.InferOutput<typeof ColumnMappingSchema>;
/** The file as written: what an author produces and `?data=` loads. */
export type DatasetFile = Omit<
	v.InferInput<typeof DatasetSchema>,
	'places' | 'events' | 'eras' | 'layers' | 'memberships' | 'story' | 'categories' | 'columnMapping'
> & {
	columnMapping?: v.InferInput<typeof ColumnMappingSchema>;
	categories?: v.InferInput<typeof CategorySchema>[];
	story?: { title?: string; steps: Record<string, unknown>[] };
	layers?: v.InferInput<typeof LayerSchema>[];
	memberships?: (
		string | { id: string; title: string; members: v.InferInput<typeof MemberSchema>[] }
	)[];
	places?: v.InferInput<typeof PlaceSchema>[];
	events: (Omit<v.InferInput<typeof EventSchema>, 'media'> & {
		media?: MediaInput | MediaInput[];
	})[];
	eras?: v.InferInput<typeof EraSchema>[];
};
