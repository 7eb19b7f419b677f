/**
 * Drafts candidate events from an article's text: each sentence with a date expression becomes a
 * proposal whose quote is the sentence verbatim and whose date is resolved against the
 * publication date at the precision the words support. A sentence without a date of its own is
 * proposed at the last day an earlier sentence named (news prose keeps its "now" until it names
 * another), marked `carried` so the author can tell the two apart. Pure and browser-safe.
 */

import type { EventKind } from '$lib/data/schema';
import type { Precision } from '$lib/time/calendarDate';
import { findDateMentions, type DateMention } from './dateMentions';
import { splitSentences } from './splitSentences';
import { suggestActor } from './suggestActor';
import type { Day } from './writeDate';

export interface PlaceMention {
	/** The name as found in the sentence. */
	name: string;
	/** The gazetteer's name, country and coordinates for it. */
	match: string;
	country?: string;
	lat: number;
	lon: number;
}

/** Finds gazetteer place names in a sentence; injected so the drafter works without one. */
export type FindPlaces = (sentence: string) => PlaceMention[];

export interface DraftOptions {
	/** The publication date, `YYYY-MM-DD`: relative phrases are read against it. */
	published: string;
	title?: string;
	author?: string;
	publisher?: string;
	url?: string;
	findPlaces?: FindPlaces;
}

export interface Proposal {
	/** Stable within one draft: `p1`, `p2`, … in reading order. */
	id: string;
	title: string;
	/** The sentence, verbatim: `text.slice(start, start + quote.length) === quote`. */
	quote: string;
	start: number;
	date: string;
	notAfter?: string;
	precision: Precision;
	/** The date words, or for a carried date the words of the sentence it was carried from. */
	phrase: string;
	/** True when the sentence names no date and the date comes from an earlier sentence. */
	carried: boolean;
	note: string;
	actor?: string;
	kind: EventKind;
	places: PlaceMention[];
	source?: { title: string; author?: string; publisher?: string; published: string; url?: string };
}

const BYLINE = /^(?:written\s+)?by\s/i;
const MIN_WORDS = 4;

/**
 * The sentence with its date phrases blanked out (same length), so that the place finder never
 * reads "March" in "14 March 2023" or "Sunday" as a town.
 */
export function withoutDates(sentence: string, mentions: readonly DateMention[]): string {
	let out = '';
	let at = 0;
	for (const { index, phrase } of [...mentions].sort((a, b) => a.index - b.index)) {
		if (index < at) continue;
		out += sentence.slice(at, index) + ' '.repeat(phrase.length);
		at = index + phrase.length;
	}
	return out + sentence.slice(at);
}

/** Proposes events from `text`; never throws on any input, and reads the text once. */
export function draftEvents(text: string, options: DraftOptions): Proposal[] {
	const published = readDay(options.published);
	if (!published) return [];
	const source = options.title
		? {
				title: options.title,
				...(options.author ? { author: options.author } : {}),
				...(options.publisher ? { publisher: options.publisher } : {}),
				published: options.published,
				...(options.url ? { url: options.url } : {})
			}
		: undefined;
	const proposals: Proposal[] = [];
	let anchor: DateMention | null = null;
	for (const sentence of splitSentences(text)) {
		if (sentence.heading) anchor = null;
		if (BYLINE.test(sentence.text) || sentence.text.split(/\s+/).length < MIN_WORDS) continue;
		const mentions = findDateMentions(sentence.text, published);
		const past = mentions.filter((mention) => !mention.future);
		const future = mentions.filter((mention) => mention.future);
		const aside = future.length
			? ` It also mentions ${future.map((mention) => `"${mention.phrase}"`).join(', ')}, after publication: a plan or prospect, not this event's date.`
			: '';
		const shared = {
			quote: sentence.text,
			start: sentence.start,
			title: titleOf(sentence.text),
			...suggestActor(sentence.text),
			places: options.findPlaces?.(withoutDates(sentence.text, mentions)) ?? [],
			...(source ? { source } : {})
		};
		for (const mention of past) {
			proposals.push({
				...shared,
				id: `p${proposals.length + 1}`,
				...dateOf(mention),
				phrase: mention.phrase,
				carried: false,
				note: `"${mention.phrase}" read as ${mention.reading}.${aside}`
			});
		}
		if (!past.length && anchor && /[.!?]["”’)]*$/u.test(sentence.text)) {
			proposals.push({
				...shared,
				id: `p${proposals.length + 1}`,
				...dateOf(anchor),
				phrase: anchor.phrase,
				carried: true,
				note: `No date in this sentence: carried from "${anchor.phrase}" in an earlier sentence (${anchor.date}); check it.${aside}`
			});
		}
		const lastDay = past.filter((mention) => mention.precision === 'day').at(-1);
		if (lastDay) anchor = lastDay;
	}
	return proposals;
}

function dateOf(mention: DateMention): Pick<Proposal, 'date' | 'notAfter' | 'precision'> {
	return mention.notAfter
		? { date: mention.date, notAfter: mention.notAfter, precision: mention.precision }
		: { date: mention.date, precision: mention.precision };
}

function readDay(text: string): Day | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
	if (!match) return null;
	const [year, month, day] = match.slice(1).map(Number);
	if (month < 1 || month > 12 || day < 1 || day > 31) return null;
	return { year, month, day };
}

/** The sentence's opening words, cut at a word boundary: a title to edit, not to keep as is. */
function titleOf(sentence: string): string {
	const plain = sentence.replace(/^[“"‘'(]+/, '').replace(/\s+/g, ' ');
	if (plain.length <= 90) return plain.replace(/[.,;:]+$/, '');
	const cut = plain.slice(0, 90);
	return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
