import type { CalendarDate } from '$lib/time/calendarDate';
import type { Geometry } from 'geojson';
import type { Story } from '$lib/story/model';
import type {
	ColumnMapping,
	EventKind,
	Focus,
	LayerStyle,
	Media,
	Place,
	RawEra,
	RawEvent,
	SourceRef
} from './schema';

/** An event after parsing: dates read once into calendar dates and their UTC span. */
export interface ChronoEvent extends Omit<
	RawEvent,
	'date' | 'end' | 'notAfter' | 'kind' | 'media'
> {
	kind: EventKind;
	/** Its media in the file's order, never empty when present. */
	media?: Media[];
	date: CalendarDate;
	end?: CalendarDate;
	/** With `date`, the span in which the event happened once, at a time not known. */
	notAfter?: CalendarDate;
	/** First instant of the event's span, UTC ms. */
	start: number;
	/** First instant after the event's span (or its not-after span), UTC ms (exclusive). */
	stop: number;
	/** Position in date order. */
	index: number;
}

export interface Era extends Omit<RawEra, 'date' | 'end'> {
	date: CalendarDate;
	end: CalendarDate;
	start: number;
	stop: number;
}

/** A map layer after parsing: its span read once (unbounded sides are ±Infinity). */
export interface Layer {
	id: string;
	title: string;
	style: LayerStyle;
	note?: string;
	place?: string;
	date?: CalendarDate;
	end?: CalendarDate;
	/** First instant it is shown, UTC ms, or -Infinity. */
	start: number;
	/** First instant it is no longer shown, UTC ms, or Infinity. */
	stop: number;
	/** Its own shapes; empty when it names a basemap shape by `ref`. */
	geometries: Geometry[];
	ref?: string;
}

/** One country's time in a set; `stop` is exclusive and Infinity while it stays. */
export interface Member {
	country: string;
	start: number;
	stop: number;
	note?: string;
}

/** A set of countries shaded on the map while they are members (NATO, the EU, …). */
export interface Membership {
	id: string;
	title: string;
	members: Member[];
}

/** One entry of the corrections log, its date read once. */
export interface Change {
	date: CalendarDate;
	text: string;
}

/** One of the author's groups of events; `color` checked and written `#rrggbb`. */
export interface Category {
	id: string;
	label: string;
	color?: string;
}

export interface Dataset {
	title: string;
	description?: string;
	/** The language of the data's own text; readers of another interface language hear it in its voice. */
	lang?: string;
	source?: SourceRef;
	focus?: Focus;
	/** Minutes east of UTC that the slider and hour ticks tell time in; absent means UTC. */
	displayOffset?: number;
	updated?: CalendarDate;
	/** Newest first. */
	changes?: Change[];
	license?: string;
	corrections?: string;
	places: Place[];
	/** Sorted by date, then by id. */
	events: ChronoEvent[];
	eras: Era[];
	/** Map layers in file order (absent in datasets built before layers existed). */
	layers?: Layer[];
	memberships?: Membership[];
	/** Authored steps through the events, when the data has a story. */
	story?: Story;
	/** The author's own groups, in file order; absent when the data has none. */
	categories?: Category[];
	/** How the table this data came from maps onto Chronomap's fields, kept for the next import. */
	columnMapping?: ColumnMapping;
}

/** One thing wrong with the input, named so a person can find and fix it. */
export interface Problem {
	/** Which row: `event "id"`, `event #3`, `place "kyiv"`, or `file`. */
	row: string;
	/** Which field, or '' for the row or file as a whole. */
	field: string;
	message: string;
	/** An error drops the row (or the file); a warning keeps it. */
	severity: 'error' | 'warning';
}

export interface ParseResult {
	/** Null only when nothing usable could be read at all. */
	dataset: Dataset | null;
	problems: Problem[];
}
