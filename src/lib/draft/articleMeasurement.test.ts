/**
 * Measures the drafter on the shipped article: the share of the article's events in
 * `static/data/events.json` it proposes, whether every quote is verbatim and whether any date is
 * more precise than its words. The article lives beside the repository (`../shared/article/`),
 * or where `CHRONOMAP_ARTICLE_DIR` points.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { endOf, parseCalendarDate, startOf } from '$lib/time/calendarDate';
import { draftEvents, type Proposal } from './draftEvents';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const articleDir = process.env.CHRONOMAP_ARTICLE_DIR ?? path.resolve(repoRoot, '../shared/article');
const articleFile = existsSync(articleDir)
	? readdirSync(articleDir).find((name) => name.endsWith('.txt'))
	: undefined;

if (!articleFile && !process.env.CI) {
	console.warn(
		`\n\n*** SKIPPING the drafter measurement: no article in ${articleDir}. ` +
			'Set CHRONOMAP_ARTICLE_DIR to the folder holding the article text. ***\n\n'
	);
}

interface DatedEvent {
	id: string;
	date: string;
	end?: string;
	notAfter?: string;
	quote?: string;
}

/** The span from the start of `date` to the end of `end`/`notAfter` (or of `date`), in UTC ms. */
function span(date: string, last?: string): [number, number] {
	const first = parseCalendarDate(date);
	const final = parseCalendarDate(last ?? date);
	if (!first.ok || !final.ok) throw new Error(`bad date ${date} ${last}`);
	return [startOf(first.date), endOf(final.date)];
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

/** What the words can say: a day needs a day number, a weekday or a relative day; a month a month. */
function widestPrecisionOf(phrase: string): number {
	if (
		/\d{1,2}(?!\d)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|ago|week/i.test(
			phrase.replace(/\b\d{4}\b/g, '')
		)
	)
		return 2;
	if (
		/january|february|march|april|may|june|july|august|september|october|november|december|month|recent|lately/i.test(
			phrase
		)
	)
		return 1;
	return 0;
}
const RANK = { year: 0, month: 1, day: 2, minute: 3, second: 3 } as const;

describe.runIf(articleFile || process.env.CI)('the drafter on the shipped article', () => {
	it('proposes at least 80% of the article events, verbatim and no more precise than the words', () => {
		expect(articleFile, `the article text must be in ${articleDir}`).toBeDefined();
		const text = readFileSync(path.join(articleDir, articleFile!), 'utf8');
		const published = /(\d{4}-\d{2}-\d{2})/.exec(articleFile!)?.[1] ?? '';
		const dataset = JSON.parse(
			readFileSync(path.join(repoRoot, 'static/data/events.json'), 'utf8')
		);
		const proposals: Proposal[] = draftEvents(text, { published });
		const events: DatedEvent[] = dataset.events.filter((event: DatedEvent) => event.quote);

		for (const proposal of proposals) {
			expect(text.slice(proposal.start, proposal.start + proposal.quote.length)).toBe(
				proposal.quote
			);
			expect(RANK[proposal.precision], proposal.note).toBeLessThanOrEqual(
				widestPrecisionOf(proposal.phrase)
			);
		}

		const proposed = events.filter((event) => {
			const at = text.indexOf(event.quote!);
			expect(at, `quote of ${event.id} is in the article`).toBeGreaterThanOrEqual(0);
			const quoteSpan: [number, number] = [at, at + event.quote!.length];
			const eventSpan = span(event.date, event.end ?? event.notAfter);
			return proposals.some(
				(proposal) =>
					overlaps([proposal.start, proposal.start + proposal.quote.length], quoteSpan) &&
					overlaps(span(proposal.date, proposal.notAfter), eventSpan)
			);
		});
		const share = proposed.length / events.length;
		const byOwnWords = events.filter((event) => {
			const at = text.indexOf(event.quote!);
			const eventSpan = span(event.date, event.end ?? event.notAfter);
			return proposals.some(
				(proposal) =>
					!proposal.carried &&
					overlaps(
						[proposal.start, proposal.start + proposal.quote.length],
						[at, at + event.quote!.length]
					) &&
					overlaps(span(proposal.date, proposal.notAfter), eventSpan)
			);
		});
		console.info(
			`drafter measurement: ${proposed.length} of ${events.length} article events proposed ` +
				`(${(share * 100).toFixed(0)}%) from ${proposals.length} proposals ` +
				`(${proposals.filter((p) => !p.carried).length} dated by their own words); ` +
				`${byOwnWords.length} of the events by a sentence's own date words. Missed: ` +
				events
					.filter((event) => !proposed.includes(event))
					.map((event) => event.id)
					.join(', ')
		);
		expect(share).toBeGreaterThanOrEqual(0.8);
	});
});
