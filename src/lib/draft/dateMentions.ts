/**
 * Finds the date expressions in one sentence and resolves each against the publication date, at
 * the precision the words support: `chrono-node` reads days, months, weekdays and relative
 * phrases; years on their own, seasons, decades, weeks and "recently" are read here, because
 * chrono either skips them or gives them a day the words never said.
 */

import * as chrono from 'chrono-node';
import type { Precision } from '$lib/time/calendarDate';
import { addDays, compareDays, weekday, WEEKDAYS, writeDate, type Day } from './writeDate';

export interface DateMention {
	/** Offset of the phrase in the sentence. */
	index: number;
	/** The words as written. */
	phrase: string;
	date: string;
	/** The latest it can be, for phrases that name a span ("last week", "recently"). */
	notAfter?: string;
	precision: Precision;
	/** How the phrase was read, in words, for the proposal's note. */
	reading: string;
	/** True when the date lies after the publication day: a plan or a prospect, not an event. */
	future: boolean;
}

const YEAR = '(1[5-9]\\d\\d|20\\d\\d)';
const SEASON = new RegExp(
	`\\b(?:(early|late|mid)[\\s-]+)?(?:the\\s+)?(spring|summer|fall|autumn|winter)\\s+(?:of\\s+)?${YEAR}\\b`,
	'gi'
);
const DECADE = new RegExp(`\\b(?:the\\s+)?${YEAR.replace('\\d)', '0)')}s\\b`, 'gi');
const BARE_YEAR = new RegExp(
	`\\b(?:in|since|by|until|till|from|of|during|before|after|around|circa|early|late|mid|and|to|through|year)(?:\\s+|-)(?:the\\s+(?:end|start|beginning|middle)\\s+of\\s+)?${YEAR}\\b(?![-\\d]|,\\d)`,
	'gi'
);
const RECENTLY = /\b(?:recently|lately|in recent (?:days|weeks))\b/gi;
const WEEK = /\b(last|this|next|previous|past)\s+week\b/gi;

/** All date mentions in `sentence`, in reading order, resolved against `published`. */
export function findDateMentions(sentence: string, published: Day): DateMention[] {
	const mentions: DateMention[] = [];
	const taken: [number, number][] = [];
	const free = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e);
	const add: Add = (mention) => {
		if (!free(mention.index, mention.index + mention.phrase.length)) return;
		taken.push([mention.index, mention.index + mention.phrase.length]);
		mentions.push({ ...mention, future: isAfter(mention, published) });
	};
	for (const match of sentence.matchAll(SEASON)) {
		const year = Number(match[3]);
		const season = match[2].toLowerCase();
		const when = match[1] ? `${match[1].toLowerCase()} ${season}` : season;
		add({
			index: match.index,
			phrase: match[0],
			date: String(year),
			precision: 'year',
			reading: `the year ${year}; the words name a season (${when}), kept here rather than guessed as months`
		});
	}
	for (const match of sentence.matchAll(WEEK)) addWeek(match, published, add);
	for (const result of chrono.parse(sentence, reference(published), { forwardDate: false })) {
		addChrono(result, sentence, published, add);
	}
	for (const match of sentence.matchAll(DECADE)) {
		const year = Number(match[1]);
		add({
			index: match.index,
			phrase: match[0],
			date: String(year),
			notAfter: String(year + 9),
			precision: 'year',
			reading: `some time between ${year} and ${year + 9}`
		});
	}
	for (const match of sentence.matchAll(BARE_YEAR)) {
		const year = Number(match[1]);
		const index = match.index + match[0].length - 4;
		add({
			index,
			phrase: match[1],
			date: String(year),
			precision: 'year',
			reading: `the year ${year}`
		});
	}
	for (const match of sentence.matchAll(RECENTLY)) {
		const before =
			published.month === 1
				? { year: published.year - 1, month: 12, day: 1 }
				: { ...published, month: published.month - 1 };
		add({
			index: match.index,
			phrase: match[0],
			date: writeDate(before, 'month'),
			notAfter: writeDate(published, 'month'),
			precision: 'month',
			reading: 'some time in the weeks before publication: the month before it or the month of it'
		});
	}
	return mentions.sort((a, b) => a.index - b.index);
}

/** Noon of the publication day in the reader's zone: relative phrases then land on whole days in any zone. */
function reference(published: Day): Date {
	const date = new Date(2000, 0, 1, 12);
	date.setFullYear(published.year, published.month - 1, published.day);
	return date;
}

function isAfter(mention: Omit<DateMention, 'future'>, published: Day): boolean {
	const [year, month = 1, day = 1] = mention.date.split('-').map(Number);
	return compareDays({ year, month, day }, published) > 0;
}

type Add = (mention: Omit<DateMention, 'future'>) => void;

function addWeek(match: RegExpMatchArray, published: Day, add: Add): void {
	const which = match[1].toLowerCase();
	const shift = which === 'next' ? 7 : which === 'this' ? 0 : -7;
	const monday = addDays(published, ((1 - weekday(published) - 7) % 7) + shift);
	const sunday = addDays(monday, 6);
	add({
		index: match.index ?? 0,
		phrase: match[0],
		date: writeDate(monday, 'day'),
		notAfter: writeDate(sunday, 'day'),
		precision: 'day',
		reading: `some day of the week from Monday ${writeDate(monday, 'day')} to Sunday ${writeDate(sunday, 'day')}`
	});
}

function addChrono(result: chrono.ParsedResult, sentence: string, published: Day, add: Add): void {
	const start = result.start;
	if (/^(?:right\s+)?now$/i.test(result.text.trim())) return; // the present, not a date
	const weekdayOnly = start.isCertain('weekday') && !start.isCertain('day');
	const precision: Precision | null =
		start.isCertain('day') || weekdayOnly
			? 'day'
			: start.isCertain('month')
				? 'month'
				: start.isCertain('year')
					? 'year'
					: null;
	if (!precision) return;
	let day: Day = {
		year: start.get('year') ?? published.year,
		month: start.get('month') ?? 1,
		day: start.get('day') ?? 1
	};
	let reading: string;
	if (weekdayOnly) {
		if (compareDays(day, published) > 0 && !/\b(next|coming|this)\b/i.test(result.text))
			day = addDays(day, -7);
		const name = WEEKDAYS[weekday(day)];
		reading = `${name} ${writeDate(day, 'day')}, the ${name} ${compareDays(day, published) > 0 ? 'after' : 'before'} publication (${WEEKDAYS[weekday(published)]} ${writeDate(published, 'day')}); check whether the writer meant another week`;
	} else if (
		!start.isCertain('year') &&
		/\d|\p{L}/u.test(result.text) &&
		!/\b(last|this|next|ago|yesterday|today|tomorrow)\b/i.test(result.text)
	) {
		reading = `${writeDate(day, precision)}, the year taken from the publication date as the nearest to it`;
	} else {
		reading = writeDate(day, precision);
	}
	const qualifier = /\b(?:early|mid|late)[\s-]+$/i.exec(sentence.slice(0, result.index));
	if (qualifier) reading = `${reading}; the words say "${qualifier[0].trim()}", kept in this note`;
	const index = qualifier ? qualifier.index : result.index;
	const end = result.end;
	const endDay = end
		? { year: end.get('year') ?? day.year, month: end.get('month') ?? 1, day: end.get('day') ?? 1 }
		: null;
	add({
		index,
		phrase: sentence.slice(index, result.index + result.text.length).replace(/[\s,.;:]+$/, ''),
		date: writeDate(day, precision),
		...(endDay && compareDays(endDay, day) > 0 ? { notAfter: writeDate(endDay, precision) } : {}),
		precision,
		reading: start.isCertain('hour')
			? `${reading} (a time of day is written; add it with its offset if known)`
			: reading
	});
}
