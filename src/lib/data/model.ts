import type { CalendarDate } from '$lib/time/calendarDate';
import type { EventKind, Focus, Place, RawEra, RawEvent, SourceRef } from './schema';

/** An event after parsing: dates read once into calendar dates and their UTC span. */
export interface ChronoEvent extends Omit<RawEvent, 'date' | 'end' | 'kind'> {
	kind: EventKind;
	date: CalendarDate;
	end?: CalendarDate;
	/** First instant of the event's span, UTC ms. */
	start: number;
	/** First instant after the event's span, UTC ms (exclusive). */
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

/** One entry of the corrections log, its date read once. */
export interface Change {
	date: CalendarDate;
	text: string;
}

export interface Dataset {
	title: string;
	description?: string;
	source?: SourceRef;
	focus?: Focus;
	updated?: CalendarDate;
	/** Newest first. */
	changes?: Change[];
	license?: string;
	corrections?: string;
	places: Place[];
	/** Sorted by date, then by id. */
	events: ChronoEvent[];
	eras: Era[];
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
