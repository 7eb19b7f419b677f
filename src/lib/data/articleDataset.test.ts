import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCalendarDates, parseCalendarDate, toIsoString } from '$lib/time/calendarDate';
import { parseDataset } from './parseDataset';
import type { DatasetFile } from './schema';

const datasetPath = path.resolve(process.cwd(), 'static/data/events.json');
const articlePath = path.resolve(
	process.cwd(),
	'../shared/article/nato-balkans-ukraine-2023-11-27.txt'
);
const articleExists = existsSync(articlePath);
const inCi = Boolean(process.env.CI);

if (!articleExists && !inCi) {
	console.warn(
		[
			'',
			'!'.repeat(72),
			`!! QUOTE CHECK SKIPPED: the article is not at ${articlePath}.`,
			'!! No quote in static/data/events.json was checked against it. In CI this fails.',
			'!'.repeat(72),
			''
		].join('\n')
	);
}

const text = readFileSync(datasetPath, 'utf8');
const file = JSON.parse(text) as DatasetFile;
const result = parseDataset(text);
const dataset = result.dataset!;
const eventById = new Map(dataset.events.map((event) => [event.id, event]));

const squash = (value: string) => value.replace(/\s+/g, ' ').trim();

/** Places the dataset must offer, with where each should be (tolerance in degrees). */
const REQUIRED_PLACES = [
	{ id: 'skopje', lat: 42.0, lon: 21.43, within: 0.05 },
	{ id: 'sarajevo', lat: 43.86, lon: 18.41, within: 0.05 },
	{ id: 'belgrade', lat: 44.79, lon: 20.45, within: 0.05 },
	{ id: 'pristina', lat: 42.66, lon: 21.17, within: 0.05 },
	{ id: 'kyiv', lat: 50.45, lon: 30.52, within: 0.05 },
	{ id: 'moscow', lat: 55.76, lon: 37.62, within: 0.05 },
	{ id: 'brussels', lat: 50.85, lon: 4.35, within: 0.1 },
	{ id: 'washington', lat: 38.9, lon: -77.04, within: 0.1 },
	{ id: 'bamberg', lat: 49.9, lon: 10.9, within: 0.05 },
	{ id: 'berlin', lat: 52.52, lon: 13.4, within: 0.05 },
	{ id: 'crimea', lat: 45.3, lon: 34.4, within: 0.5 },
	{ id: 'donetsk', lat: 48.1, lon: 37.8, within: 0.8 },
	{ id: 'luhansk', lat: 48.8, lon: 39.1, within: 0.8 },
	{ id: 'zaporizhzhia', lat: 47.3, lon: 35.6, within: 0.8 },
	{ id: 'kherson', lat: 46.6, lon: 33.4, within: 0.8 },
	{ id: 'moldova', lat: 47.2, lon: 28.6, within: 0.6 }
];

/** Wording that is the article's framing and may appear only inside quotes. */
const LOADED_PHRASES = ['regime', 'coup', 'much-hyped', 'overwhelmingly'];

/** Wording that makes a date relative or vague, so its resolution must be explained. */
const RELATIVE_WORDING =
	/\b(last (week|month|thursday)|earlier this month|recent(ly)?|in early \w+|fall of|in (january|february|march|april|may|june|july|august|september|october|november|december)\b(?! \d))/i;

describe('static/data/events.json', () => {
	it('parses with no problems and keeps every event', () => {
		expect(result.problems).toEqual([]);
		expect(result.dataset).not.toBeNull();
		expect(dataset.events).toHaveLength(file.events.length);
		expect(dataset.places).toHaveLength(file.places?.length ?? 0);
		expect(dataset.eras).toHaveLength(file.eras?.length ?? 0);
	});

	it('cites the article as its source', () => {
		expect(dataset.source).toMatchObject({
			author: 'Angeline Tan',
			publisher: 'The New American',
			published: '2023-11-27'
		});
	});

	it('lists events in date order in the file', () => {
		const dates = file.events.map((event) => {
			const parsed = parseCalendarDate(event.date);
			if (!parsed.ok) throw new Error(`${event.id}: ${parsed.reason}`);
			return parsed.date;
		});
		for (let i = 1; i < dates.length; i++) {
			expect(compareCalendarDates(dates[i - 1], dates[i]), file.events[i].id).toBeLessThanOrEqual(
				0
			);
		}
	});

	it('uses lowercase kebab-case ids', () => {
		const ids = [...file.events, ...(file.places ?? []), ...(file.eras ?? [])].map((row) => row.id);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it('gives every event a non-empty quote', () => {
		for (const event of dataset.events) expect(event.quote?.trim(), event.id).toBeTruthy();
	});

	it('names an actor for every statement, claim and report', () => {
		const attributed = dataset.events.filter((event) => event.kind !== 'event');
		expect(attributed.length).toBeGreaterThan(0);
		for (const event of attributed) expect(event.actor?.trim(), event.id).toBeTruthy();
	});

	it('attributes every claim in its title', () => {
		for (const event of dataset.events.filter((event) => event.kind === 'claim')) {
			const surname = (event.actor ?? '').split(' ').at(-1) || '(no actor)';
			expect(event.title, event.id).toContain(surname);
			expect(event.title, event.id).toMatch(/\bclaims?\b/);
		}
	});

	it.each(LOADED_PHRASES)('keeps “%s” out of titles', (phrase) => {
		const titles = [
			dataset.title,
			...dataset.events.map((event) => event.title),
			...dataset.eras.map((era) => era.title)
		];
		for (const title of titles) expect(title.toLowerCase()).not.toContain(phrase);
	});

	it('explains every relative or vague date in a note', () => {
		const relative = dataset.events.filter((event) => RELATIVE_WORDING.test(event.quote ?? ''));
		expect(relative.length).toBeGreaterThanOrEqual(10);
		for (const event of relative) expect(event.note?.trim(), event.id).toBeTruthy();
	});

	it('references only places that exist, and every place is used or required', () => {
		const required = new Set(REQUIRED_PLACES.map((place) => place.id));
		const used = new Set(dataset.events.flatMap((event) => event.places));
		for (const place of dataset.places) {
			expect(used.has(place.id) || required.has(place.id), place.id).toBe(true);
		}
	});

	it.each(REQUIRED_PLACES)('places $id where it is', ({ id, lat, lon, within }) => {
		const place = dataset.places.find((candidate) => candidate.id === id);
		expect(place, id).toBeDefined();
		expect(Math.abs(place!.lat - lat)).toBeLessThanOrEqual(within);
		expect(Math.abs(place!.lon - lon)).toBeLessThanOrEqual(within);
	});

	it('frames the Balkans and Ukraine', () => {
		const focus = dataset.focus!;
		expect(focus.west).toBeLessThan(focus.east);
		expect(focus.south).toBeLessThan(focus.north);
		for (const id of ['skopje', 'sarajevo', 'kyiv', 'crimea', 'luhansk', 'moldova']) {
			const place = dataset.places.find((candidate) => candidate.id === id)!;
			expect(place.lon, id).toBeGreaterThanOrEqual(focus.west);
			expect(place.lon, id).toBeLessThanOrEqual(focus.east);
			expect(place.lat, id).toBeGreaterThanOrEqual(focus.south);
			expect(place.lat, id).toBeLessThanOrEqual(focus.north);
		}
	});

	it('has the invasion and counteroffensive eras', () => {
		const spans = dataset.eras.map((era) => [toIsoString(era.date), toIsoString(era.end)]);
		expect(spans).toContainEqual(['2022-02', '2023-11']);
		expect(spans).toContainEqual(['2023-06', '2023-11']);
	});

	const KEY_EVENTS = [
		{ id: 'stoltenberg-skopje-remarks', date: '2023-11-21', kind: 'statement', places: ['skopje'] },
		{
			id: 'crimea-referendum-2014',
			date: '2014-03-16',
			kind: 'event',
			places: ['crimea'],
			note: '68/262'
		},
		{
			id: 'north-macedonia-nato-accession',
			date: '2020-03-27',
			kind: 'event',
			places: ['skopje'],
			note: '2020'
		},
		{
			id: 'counteroffensive-begins',
			date: '2023-06',
			kind: 'event',
			places: ['zaporizhzhia', 'donetsk'],
			note: 'early June'
		},
		{
			id: 'zelensky-balkans-warning',
			date: '2023-11-16',
			kind: 'statement',
			places: ['balkans', 'moldova'],
			note: 'Last Thursday'
		},
		{
			id: 'annexation-referendums-2022',
			date: '2022-09-23',
			kind: 'event',
			places: ['donetsk', 'luhansk', 'zaporizhzhia', 'kherson'],
			note: 'ES-11/4'
		},
		{ id: 'shoigu-november-losses-claim', date: '2023-11-21', kind: 'claim', places: ['moscow'] },
		{
			id: 'shoigu-october-losses-claim',
			date: '2023-10-30',
			kind: 'claim',
			places: ['beijing'],
			note: 'Xiangshan Forum'
		},
		{
			id: 'zaluzhnyi-stalemate-assessment',
			date: '2023-11-01',
			kind: 'statement',
			places: ['kyiv'],
			note: 'Earlier this month'
		},
		{
			id: 'zelensky-rejects-stalemate',
			date: '2023-11-04',
			kind: 'statement',
			places: ['kyiv'],
			note: 'von der Leyen'
		},
		{
			id: 'trump-declines-invitation',
			date: '2023-11-05',
			kind: 'statement',
			places: [],
			note: 'Newsmax'
		},
		{
			id: 'north-macedonia-accession-protocol',
			date: '2019-02-06',
			kind: 'event',
			places: ['brussels'],
			note: '27 March 2020'
		},
		{
			id: 'zelensky-fox-news-interview',
			date: '2023-11-21',
			kind: 'statement',
			places: ['kyiv'],
			note: '20 November 2023'
		},
		{
			id: 'rakhmanin-manpower-interview',
			date: '2023-10',
			kind: 'statement',
			places: ['kyiv'],
			note: 'Last month'
		},
		{
			id: 'conscription-chiefs-dismissed',
			date: '2023-08-11',
			kind: 'event',
			places: ['kyiv'],
			note: '11 August 2023'
		},
		{
			id: 'nbc-peace-talks-report',
			date: '2023-11-04',
			kind: 'report',
			places: ['washington', 'kyiv'],
			note: 'Recently'
		},
		{ id: 'die-welt-labour-force-report', date: '2023-11-20', kind: 'report', places: ['berlin'] },
		{
			id: 'danilov-fight-to-the-end',
			date: '2023-11-20',
			kind: 'statement',
			places: ['kyiv'],
			note: 'Oleksiy'
		}
	];
	it.each(KEY_EVENTS)('has $id on $date', ({ id, date, kind, places, note }) => {
		const event = eventById.get(id);
		expect(event, id).toBeDefined();
		expect(toIsoString(event!.date)).toBe(date);
		expect(event!.kind).toBe(kind);
		// A key event names at least the places listed; one listed with none has none, because
		// where it was said is not known (the note says so).
		if (places.length === 0) expect(event!.places, id).toEqual([]);
		else expect(event!.places).toEqual(expect.arrayContaining(places));
		if (note) expect(event!.note).toContain(note);
	});

	const TOUR_SENTENCE =
		'Stoltenberg made his remarks during his visit to North Macedonia, a former Yugoslav republic that joined NATO in 2019, having already visited Sarajevo, Belgrade, and Pristina.';
	it.each([
		{ id: 'stoltenberg-sarajevo-visit', date: '2023-11-19', end: '2023-11-20', place: 'sarajevo' },
		{ id: 'stoltenberg-pristina-visit', date: '2023-11-20', end: undefined, place: 'pristina' },
		{ id: 'stoltenberg-belgrade-visit', date: '2023-11-21', end: undefined, place: 'belgrade' }
	])('splits the Western Balkans tour: $id on $date', ({ id, date, end, place }) => {
		const event = eventById.get(id)!;
		expect(toIsoString(event.date)).toBe(date);
		expect(event.end && toIsoString(event.end)).toBe(end);
		expect(event.places).toEqual([place]);
		expect(event.quote).toBe(TOUR_SENTENCE);
		expect(event.sources?.length).toBeGreaterThan(0);
		// The stops follow Zelensky's warning of 16 November that the Skopje remarks answer.
		expect(event.start).toBeGreaterThan(eventById.get('zelensky-balkans-warning')!.start);
	});

	it('no longer has the month-precision tour event', () => {
		expect(eventById.has('stoltenberg-balkans-visits')).toBe(false);
	});

	it('places statements where they were made', () => {
		expect(eventById.get('stoltenberg-nato-presence-balkans')!.places).toEqual(['skopje']);
		expect(eventById.get('zelensky-trump-peace-plan')!.places).toEqual(['kyiv']);
	});

	it.each([
		{
			id: 'eu-ukraine-aid-stalled',
			title: 'Further EU military and financial aid for Ukraine under negotiation'
		},
		{
			id: 'zelensky-fox-news-interview',
			title: 'Zelensky discusses the counteroffensive and Western support in a Fox News interview'
		},
		{
			id: 'ukraine-draft-exemptions-bill',
			title: 'Ukrainian MPs reported to be preparing a bill on exemptions from military service'
		}
	])('titles $id neutrally', ({ id, title }) => {
		expect(eventById.get(id)!.title).toBe(title);
	});

	it('calls the article wrong, not imprecise, on North Macedonia joining in 2019', () => {
		const note = eventById.get('north-macedonia-nato-accession')!.note!;
		expect(note).toContain('is wrong');
		expect(note).not.toContain('imprecise');
	});

	it('marks what only the article reports as unconfirmed', () => {
		const unconfirmed = dataset.events.filter((event) => event.verified === 'unconfirmed');
		expect(unconfirmed.map((event) => event.id).sort()).toEqual([
			'danilov-fight-to-the-end',
			'die-welt-labour-force-report',
			'kosyakova-emigration-analysis',
			'rakhmanin-manpower-interview',
			'ukraine-draft-exemptions-bill',
			'zelensky-trump-peace-plan'
		]);
	});

	it('cites only http(s) sources, with titles and publishers, and logs each correction', () => {
		for (const event of file.events) {
			for (const source of event.sources ?? []) {
				expect(source.url, event.id).toMatch(/^https?:\/\//);
				expect(source.publisher, event.id).toBeTruthy();
			}
		}
		expect(dataset.changes?.length).toBeGreaterThanOrEqual(10);
		expect(dataset.updated).toEqual(dataset.changes![0].date);
	});
});

describe('the article beside the repository', () => {
	// CI runs in a fresh clone with shared/ copied beside it: a missing article is a failure there,
	// never a silent skip of every quote below.
	it.runIf(inCi)('is there in CI, so every quote is checked', () => {
		expect(existsSync(articlePath), articlePath).toBe(true);
	});
});

describe.skipIf(!articleExists)('quotes against the article', () => {
	const article = articleExists ? squash(readFileSync(articlePath, 'utf8')) : '';
	// Read from the file at run time, so events added or corrected later are checked too.
	const quotes = file.events.map((event) => ({ id: event.id, quote: event.quote ?? '' }));

	it('checks every event in the dataset', () => {
		expect(quotes.length).toBe(file.events.length);
		expect(quotes.length).toBeGreaterThan(0);
	});

	it.each(quotes)('$id quotes the article verbatim', ({ quote }) => {
		expect(quote.trim()).not.toBe('');
		expect(article).toContain(squash(quote));
	});

	it('keeps quotes clear of the page-break lines', () => {
		for (const event of file.events) expect(event.quote, event.id).not.toMatch(/Written by|---/);
	});
});
