import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { EVENT_KINDS, EventSchema, VERIFIED_STATES } from './schema';
import { QUICK_EVENT_FIELDS, quickEvent } from './quickEvent';
import { LIMITS } from './limits';

/** What EventSchema gives, with fields given as undefined left out, as quickEvent leaves them. */
function checked(raw: unknown) {
	const result = v.safeParse(EventSchema, raw);
	if (!result.success) return null;
	return Object.fromEntries(
		Object.entries(result.output).filter(([, value]) => value !== undefined)
	);
}

const long = 'x'.repeat(LIMITS.textLength);
/** Values near every rule of EventSchema: good ones, and ones just past a limit or of a wrong type. */
const value = fc.oneof(
	fc.constantFrom('kyiv', ' padded ', '', '   ', long, ` ${long} `, `${long}x`, '2023-11-21'),
	fc.constantFrom(
		'event',
		'statement',
		'claim',
		'report',
		'Event',
		'confirmed',
		'disputed',
		'maybe'
	),
	fc.constantFrom(true, false, 0, 1, null, undefined, {}, NaN),
	fc.constantFrom(
		[],
		['kyiv'],
		['kyiv', 'skopje'],
		[1],
		[null],
		[' tag '],
		[''],
		['x'.repeat(LIMITS.tagLength + 1)]
	),
	fc.constant(Array.from({ length: LIMITS.placesPerEvent }, (_, i) => `p${i}`)),
	fc.constant(Array.from({ length: LIMITS.placesPerEvent + 1 }, (_, i) => `p${i}`)),
	fc.constantFrom(
		{ title: 'A source', url: 'https://example.org/' },
		{ title: ' ', url: 'https://example.org/' },
		[{ title: 'One' }, { title: 'Two', publisher: ' P ' }],
		[{ title: 'One' }, { url: 'no title' }],
		{ url: 'a.jpg', alt: 'An image' }
	),
	fc.string(),
	fc.jsonValue()
);
const field = fc.constantFrom(...QUICK_EVENT_FIELDS, 'extra', 'lat');
const good = { id: 'e1', title: 'A title', date: '2023-11-21' };
const source = fc.record(
	{ title: fc.string(), url: fc.string(), publisher: fc.string() },
	{ requiredKeys: ['title'] }
);
/** Rows of the right types with any text in them: most are valid, some just fail. */
const likely = fc.record(
	{
		id: fc.string(),
		title: fc.string(),
		date: fc.string(),
		end: fc.string(),
		notAfter: fc.string(),
		approximate: fc.boolean(),
		places: fc.array(fc.string(), { maxLength: 3 }),
		actor: fc.string(),
		kind: fc.constantFrom(...EVENT_KINDS),
		quote: fc.string(),
		note: fc.string(),
		source,
		sources: fc.array(source, { maxLength: 2 }),
		verified: fc.constantFrom(...VERIFIED_STATES),
		media: fc.jsonValue(),
		layer: fc.string(),
		category: fc.string(),
		tags: fc.array(fc.string(), { maxLength: 3 })
	},
	{ requiredKeys: [] }
);
const row = fc.oneof(
	likely.map((fields) => ({ ...good, ...fields })),
	fc.dictionary(field, value),
	fc.dictionary(field, value).map((extra) => ({ ...good, ...extra })),
	fc.dictionary(field, value).map((extra) => ({ ...extra, ...good })),
	fc.anything()
);

describe('quickEvent', () => {
	it('reads exactly the fields EventSchema defines', () => {
		expect([...QUICK_EVENT_FIELDS].sort()).toEqual(Object.keys(EventSchema.entries).sort());
	});

	it('never accepts a row EventSchema refuses, and gives the same output for those it reads', () => {
		let read = 0;
		fc.assert(
			fc.property(row, (raw) => {
				const quick = quickEvent(raw);
				if (quick === null) return;
				read++;
				expect(quick).toStrictEqual(checked(raw));
			}),
			{ numRuns: 4000 }
		);
		// The comparison means something only if many generated rows are read the quick way.
		expect(read).toBeGreaterThan(500);
	});

	it.each([
		['the bare minimum', good],
		[
			'every field',
			{
				...good,
				end: '2023-12',
				approximate: true,
				places: ['kyiv'],
				actor: ' NATO ',
				kind: 'claim',
				quote: 'Words',
				note: '',
				source: { title: 'Source', url: 'https://example.org/' },
				sources: [{ title: 'Another' }],
				verified: 'disputed',
				media: { url: 'a.jpg', alt: 'A' },
				layer: 'front',
				category: 'war',
				tags: [' one ', 'two']
			}
		],
		['notAfter', { ...good, notAfter: '2024' }],
		['an unknown key, dropped', { ...good, colour: 'red' }]
	])('reads %s the quick way, as EventSchema does', (_, raw) => {
		const quick = quickEvent(raw);
		expect(quick).not.toBeNull();
		expect(quick).toStrictEqual(checked(raw));
	});

	it.each([
		['an empty title', { ...good, title: '  ' }],
		['a number for a date', { ...good, date: 2023 }],
		['an unknown kind', { ...good, kind: 'rumour' }],
		['a place id that is not text', { ...good, places: [7] }],
		['a bad source', { ...good, source: { url: 'https://example.org/' } }],
		['an empty tag', { ...good, tags: [''] }],
		['a list', [good]],
		['null', null]
	])('leaves %s to EventSchema', (_, raw) => {
		expect(quickEvent(raw)).toBeNull();
	});

	it("reads every event of the article's dataset the quick way", () => {
		const file = JSON.parse(readFileSync('static/data/events.json', 'utf8')) as {
			events: unknown[];
		};
		for (const raw of file.events) {
			const quick = quickEvent(raw);
			expect(quick, JSON.stringify(raw).slice(0, 80)).not.toBeNull();
			expect(quick).toStrictEqual(checked(raw));
		}
	});
});
