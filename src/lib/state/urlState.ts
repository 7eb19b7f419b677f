import { EVENT_KINDS, type EventKind } from '$lib/data/kinds';
import { isoDayOfInstant, isoInstant } from '$lib/time/calendarDate';
import { instantOfParam, isDayParam } from '$lib/time/instantOfParam';
import { isLanguage, type Language } from '$lib/i18n/languages';

export type Theme = 'light' | 'dark';

/** What a Chronomap address can say. Every field is optional: absent means "the default". */
export interface UrlState {
	event?: string;
	time?: number;
	/**
	 * True when `time` names a whole day (`t=YYYY-MM-DD`), false for a moment; absent, a time at
	 * midnight UTC is written as a day.
	 */
	wholeDay?: boolean;
	range?: [number, number];
	kinds?: EventKind[];
	/** `actor=` repeated: one keeps its old meaning, several show any of them. */
	actors?: string[];
	/** `categories=` repeated: category ids. */
	categories?: string[];
	/** `tags=` repeated. */
	tags?: string[];
	/** `place=` repeated: place ids. */
	places?: string[];
	/** `q=`: the search. */
	q?: string;
	theme?: Theme;
	lang?: Language;
	data?: string;
	/** A story step: its id, or a 1-based number. */
	step?: string;
}

/** A parameter that was present but not understood, to tell the reader gently. */
export interface UrlNotice {
	name: string;
	value: string;
}

const MAX_LENGTH = 2000;
/** A repeated parameter is read up to this many times. */
export const MAX_REPEATS = 200;
/** How much of a rejected value a notice repeats: a link must not put its own message on the page. */
export const ECHO_LENGTH = 40;

function echo(value: string): string {
	return value.length > ECHO_LENGTH ? `${value.slice(0, ECHO_LENGTH)}…` : value;
}

/** Reads the address; a malformed value is left out and reported, never an error. */
export function parseUrlState(params: URLSearchParams): { state: UrlState; notices: UrlNotice[] } {
	const state: UrlState = {};
	const notices: UrlNotice[] = [];
	const read = (name: string) => {
		const value = params.get(name);
		if (value === null) return null;
		if (value.length > MAX_LENGTH) {
			notices.push({ name, value: echo(value) });
			return null;
		}
		return value;
	};
	const reject = (name: string, value: string) => notices.push({ name, value: echo(value) });

	const event = read('event');
	if (event !== null) {
		if (event.trim()) state.event = event.trim();
		else reject('event', event);
	}
	const t = read('t');
	if (t !== null) {
		const time = instantOfParam(t);
		if (time === null) reject('t', t);
		else {
			state.time = time;
			if (isDayParam(t)) state.wholeDay = true;
		}
	}
	const from = read('from');
	const to = read('to');
	if (from !== null || to !== null) {
		const start = instantOfParam(from);
		const end = instantOfParam(to);
		if (start !== null && end !== null && start < end) state.range = [start, end];
		else reject('from/to', `${from ?? ''}..${to ?? ''}`);
	}
	const kinds = read('kinds');
	if (kinds !== null) {
		const list = kinds.split(',').filter(Boolean);
		const known = list.filter((kind): kind is EventKind =>
			(EVENT_KINDS as readonly string[]).includes(kind)
		);
		if (known.length !== list.length) reject('kinds', kinds);
		state.kinds = [...new Set(known)];
	}
	const readAll = (name: string) => {
		const values = params.getAll(name);
		if (values.length > MAX_REPEATS) reject(name, `${values.length} values`);
		const kept = values.slice(0, MAX_REPEATS).flatMap((value) => {
			if (value.length > MAX_LENGTH) {
				reject(name, value);
				return [];
			}
			return value.trim() ? [value.trim()] : [];
		});
		return kept.length > 0 ? [...new Set(kept)] : undefined;
	};
	const actors = readAll('actor');
	if (actors) state.actors = actors;
	const categories = readAll('categories');
	if (categories) state.categories = categories;
	const tags = readAll('tags');
	if (tags) state.tags = tags;
	const places = readAll('place');
	if (places) state.places = places;
	const q = read('q');
	if (q !== null && q.trim()) state.q = q;
	const theme = read('theme');
	if (theme !== null) {
		if (theme === 'light' || theme === 'dark') state.theme = theme;
		else reject('theme', theme);
	}
	const lang = read('lang');
	if (lang !== null) {
		if (isLanguage(lang)) state.lang = lang;
		else reject('lang', lang);
	}
	const step = read('step');
	if (step !== null) {
		if (step.trim() && step.length <= 200) state.step = step.trim();
		else reject('step', step);
	}
	const data = read('data');
	if (data !== null && data.trim()) state.data = data.trim();
	return { state, notices };
}

/** Writes a state back as parameters, in a stable order, leaving defaults out. */
export function writeUrlState(state: UrlState, params = new URLSearchParams()): URLSearchParams {
	const set = (name: string, value: string | undefined) => {
		if (value === undefined) params.delete(name);
		else params.set(name, value);
	};
	set('data', state.data);
	set('step', state.step);
	set('event', state.event);
	set('t', state.time === undefined ? undefined : timeText(state.time, state.wholeDay));
	set('from', state.range ? timeText(state.range[0]) : undefined);
	set('to', state.range ? timeText(state.range[1]) : undefined);
	set('kinds', state.kinds ? state.kinds.join(',') : undefined);
	const setAll = (name: string, values: string[] | undefined) => {
		params.delete(name);
		for (const value of values ?? []) params.append(name, value);
	};
	setAll('actor', state.actors);
	setAll('categories', state.categories);
	setAll('tags', state.tags);
	setAll('place', state.places);
	set('q', state.q);
	set('theme', state.theme);
	set('lang', state.lang);
	return params;
}

/**
 * A whole day as `YYYY-MM-DD`; a moment in UTC with `Z`, which no address can mangle, even at
 * midnight (`2025-03-12T00:00Z`) when it is said to be one.
 */
function timeText(time: number, wholeDay?: boolean): string {
	const day = wholeDay ?? time % 86_400_000 === 0;
	return day && time % 86_400_000 === 0 ? isoDayOfInstant(time) : isoInstant(time);
}
