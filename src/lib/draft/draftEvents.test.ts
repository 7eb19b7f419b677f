import { describe, expect, it } from 'vitest';
import { draftEvents, withoutDates, type PlaceMention } from './draftEvents';
import { findDateMentions } from './dateMentions';

type Row = {
	sentence: string;
	published: string;
	date: string;
	precision: string;
	notAfter?: string;
};

const ROWS: Row[] = [
	{
		sentence: 'On November 21, the minister spoke.',
		published: '2023-11-27',
		date: '2023-11-21',
		precision: 'day'
	},
	{
		sentence: 'The leader spoke last Thursday in Kyiv.',
		published: '2023-11-27',
		date: '2023-11-23',
		precision: 'day'
	},
	{
		sentence: 'The leader spoke last Friday in Kyiv.',
		published: '2024-01-01',
		date: '2023-12-29',
		precision: 'day'
	},
	{
		sentence: 'The leader spoke last Sunday in Kyiv.',
		published: '2024-03-01',
		date: '2024-02-25',
		precision: 'day'
	},
	{
		sentence: 'The talks ended on Wednesday without a deal.',
		published: '2021-03-01',
		date: '2021-02-24',
		precision: 'day'
	},
	{
		sentence: 'The plant closed in June after a fire.',
		published: '2023-11-27',
		date: '2023-06',
		precision: 'month'
	},
	{
		sentence: 'The offensive began in early June this time.',
		published: '2023-11-27',
		date: '2023-06',
		precision: 'month'
	},
	{
		sentence: 'The country joined the alliance in 2019 after a vote.',
		published: '2023-11-27',
		date: '2019',
		precision: 'year'
	},
	{
		sentence: 'Four regions voted in the fall of 2022 to leave.',
		published: '2023-11-27',
		date: '2022',
		precision: 'year'
	},
	{
		sentence: 'War erupted in February 2022 along the border.',
		published: '2023-11-27',
		date: '2022-02',
		precision: 'month'
	},
	{
		sentence: 'The figures were given last month by the ministry.',
		published: '2024-01-15',
		date: '2023-12',
		precision: 'month'
	},
	{
		sentence: 'Earlier this month, the commander admitted defeat.',
		published: '2023-11-27',
		date: '2023-11',
		precision: 'month'
	},
	{
		sentence: 'The budget was cut last year by parliament.',
		published: '2023-01-02',
		date: '2022',
		precision: 'year'
	},
	{
		sentence: 'The ferry sank yesterday near the coast.',
		published: '2024-03-01',
		date: '2024-02-29',
		precision: 'day'
	},
	{
		sentence: 'The ferry sank two days ago near the coast.',
		published: '2023-01-01',
		date: '2022-12-30',
		precision: 'day'
	},
	{
		sentence: 'Protests spread on 21 November 2013 across the city.',
		published: '2023-11-27',
		date: '2013-11-21',
		precision: 'day'
	},
	{
		sentence: 'The envoy visited the capital last week for talks.',
		published: '2023-11-27',
		date: '2023-11-20',
		notAfter: '2023-11-26',
		precision: 'day'
	},
	{
		sentence: 'The envoy visited the capital last week for talks.',
		published: '2024-01-03',
		date: '2023-12-25',
		notAfter: '2023-12-31',
		precision: 'day'
	},
	{
		sentence: 'The broadcaster recently reported new losses.',
		published: '2024-01-10',
		date: '2023-12',
		notAfter: '2024-01',
		precision: 'month'
	},
	{
		sentence: 'Many factories were built in the 1990s in the region.',
		published: '2023-11-27',
		date: '1990',
		notAfter: '1999',
		precision: 'year'
	}
];

describe('draftEvents(text, { published }) resolves date words', () => {
	it.each(ROWS)('"$sentence" published $published → $date', (row) => {
		const [proposal] = draftEvents(row.sentence, { published: row.published });
		expect(proposal).toMatchObject({ date: row.date, precision: row.precision, carried: false });
		expect(proposal.notAfter).toBe(row.notAfter);
		expect(proposal.quote).toBe(row.sentence);
	});
});

describe('draftEvents(text, options) proposals', () => {
	const text =
		'## Talks stall\n\nOn November 21, Jens Stoltenberg told reporters there was no threat. ' +
		'“We remain vigilant,” he said. Trump has said he would end the war if reelected in 2024.\n\n' +
		'The U.S. Senate met. Officials claimed the bridge was hit on Tuesday.';
	const proposals = draftEvents(text, {
		published: '2023-11-27',
		title: 'Talks stall',
		url: 'https://example.org/a'
	});

	it('quotes every sentence verbatim at its offset', () => {
		for (const proposal of proposals) {
			expect(text.slice(proposal.start, proposal.start + proposal.quote.length)).toBe(
				proposal.quote
			);
		}
	});

	it('suggests the actor and kind from the reporting verb', () => {
		expect(proposals[0]).toMatchObject({
			actor: 'Jens Stoltenberg',
			kind: 'statement',
			date: '2023-11-21'
		});
		expect(proposals.find((p) => p.quote.startsWith('Officials'))).toMatchObject({
			kind: 'claim',
			date: '2023-11-21'
		});
	});

	it('carries the last named day to a sentence without one, and says so', () => {
		const carried = proposals.find((p) => p.quote.startsWith('“We remain'));
		expect(carried).toMatchObject({ carried: true, date: '2023-11-21', precision: 'day' });
		expect(carried?.note).toContain('carried from "November 21"');
	});

	it('does not date an event by a year after publication, and notes the year', () => {
		const trump = proposals.find((p) => p.quote.startsWith('Trump'));
		expect(trump).toMatchObject({ carried: true, date: '2023-11-21' });
		expect(trump?.note).toContain('"2024", after publication');
	});

	it('does not split at abbreviations such as U.S.', () => {
		expect(proposals.some((p) => p.quote.startsWith('The U.S. Senate met. Officials'))).toBe(false);
		expect(proposals.some((p) => p.quote === 'The U.S. Senate met.')).toBe(true);
	});

	it('reads a weekday as the one before publication', () => {
		const officials = proposals.find((p) => p.quote.startsWith('Officials'));
		expect(officials).toMatchObject({ date: '2023-11-21', carried: false });
	});

	it('names the phrase and how it was read in the note', () => {
		expect(proposals[0].note).toMatch(/^"November 21" read as 2023-11-21/);
	});

	it('adds the article as the source when it has a title', () => {
		expect(proposals[0].source).toEqual({
			title: 'Talks stall',
			published: '2023-11-27',
			url: 'https://example.org/a'
		});
	});

	it('does not carry a date into a new section', () => {
		const next = draftEvents(
			'On May 2, the mayor resigned in protest.\n\n## Other news\n\nThe council met again.',
			{ published: '2023-06-01' }
		);
		expect(next.map((p) => p.quote)).toEqual(['On May 2, the mayor resigned in protest.']);
	});

	it('asks the injected place finder about each sentence', () => {
		const skopje: PlaceMention = {
			name: 'Skopje',
			match: 'Skopje',
			country: 'MK',
			lat: 42,
			lon: 21.43
		};
		const [first] = draftEvents('In 2019, Skopje joined the alliance after a vote.', {
			published: '2023-11-27',
			findPlaces: (sentence) => (sentence.includes('Skopje') ? [skopje] : [])
		});
		expect(first.places).toEqual([skopje]);
	});

	it('never offers the words of a date to the place finder', () => {
		const seen: string[] = [];
		draftEvents('On Sunday 14 March 2023 the envoy reached Skopje, officials said.', {
			published: '2023-03-20',
			findPlaces: (sentence) => (seen.push(sentence), [])
		});
		expect(seen).toHaveLength(1);
		expect(seen[0]).not.toMatch(/March|Sunday/);
		expect(seen[0]).toContain('Skopje');
		expect(seen[0]).toHaveLength(
			'On Sunday 14 March 2023 the envoy reached Skopje, officials said.'.length
		);
	});

	it('proposes nothing for a bad publication date or text without dates', () => {
		expect(draftEvents('On May 2, it rained.', { published: 'May 2023' })).toEqual([]);
		expect(draftEvents('Nothing here has a date at all.', { published: '2023-05-02' })).toEqual([]);
	});

	it('reads a long text in linear time', () => {
		const long = 'On March 3, the council met in the old town hall and agreed. '.repeat(4_000);
		const started = performance.now();
		expect(draftEvents(long, { published: '2023-05-02' })).toHaveLength(4_000);
		expect(performance.now() - started).toBeLessThan(10_000);
	}, 15_000);
});

describe('withoutDates(sentence, mentions)', () => {
	const published = { year: 2023, month: 11, day: 27 };
	it.each([
		['On 14 March 2023 talks met in Skopje.', ['March', '2023'], 'talks met in Skopje.'],
		['Nothing dated in Skopje.', [], 'Nothing dated in Skopje.'],
		['Between May 2 and May 5, talks went on.', ['May'], ', talks went on.']
	])('%s', (sentence, gone, kept) => {
		const blanked = withoutDates(sentence, findDateMentions(sentence, published));
		expect(blanked).toHaveLength(sentence.length);
		for (const word of gone) expect(blanked).not.toContain(word);
		expect(blanked.endsWith(kept)).toBe(true);
	});
});
