import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EVENT_KINDS } from '$lib/data/schema';
import { parseUrlState, writeUrlState, type UrlState } from './urlState';

const day = (text: string) => Date.parse(text + 'T00:00:00Z');

describe('parseUrlState', () => {
	const table = [
		{ search: '', state: {}, notices: [] },
		{
			search: 'event=crimea-referendum-2014',
			state: { event: 'crimea-referendum-2014' },
			notices: []
		},
		{ search: 't=2019-02-06', state: { time: day('2019-02-06'), wholeDay: true }, notices: [] },
		{ search: 't=2019-02-30', state: {}, notices: [{ name: 't', value: '2019-02-30' }] },
		{ search: 't=yesterday', state: {}, notices: [{ name: 't', value: 'yesterday' }] },
		{
			search: 'from=2022-01-01&to=2023-01-01',
			state: { range: [day('2022-01-01'), day('2023-01-01')] },
			notices: []
		},
		{
			search: 'from=2023-01-01&to=2022-01-01',
			state: {},
			notices: [{ name: 'from/to', value: '2023-01-01..2022-01-01' }]
		},
		{ search: 'kinds=claim,statement', state: { kinds: ['claim', 'statement'] }, notices: [] },
		{
			search: 'kinds=claim,<b>',
			state: { kinds: ['claim'] },
			notices: [{ name: 'kinds', value: 'claim,<b>' }]
		},
		{ search: 'theme=dark&lang=uk', state: { theme: 'dark', lang: 'uk' }, notices: [] },
		{
			search: 'theme=neon&lang=xx',
			state: {},
			notices: [
				{ name: 'theme', value: 'neon' },
				{ name: 'lang', value: 'xx' }
			]
		},
		{ search: 'actor=Sergei%20Shoigu', state: { actors: ['Sergei Shoigu'] }, notices: [] },
		{
			search: 'actor=A%2C%20B&actor=C&actor=A%2C%20B&actor=%20',
			state: { actors: ['A, B', 'C'] },
			notices: []
		},
		{
			search: 'categories=war&categories=peace&tags=navy%3Bports&place=kyiv&place=lima',
			state: {
				categories: ['war', 'peace'],
				tags: ['navy;ports'],
				places: ['kyiv', 'lima']
			},
			notices: []
		},
		{ search: 'q=%20Crimea%20ref', state: { q: ' Crimea ref' }, notices: [] },
		{ search: 'q=%20%20', state: {}, notices: [] }
	];
	it.each(table)('reads "$search"', ({ search, state, notices }) => {
		expect(parseUrlState(new URLSearchParams(search))).toEqual({ state, notices });
	});
});

describe('writeUrlState', () => {
	it('leaves defaults out', () => {
		expect(writeUrlState({}).toString()).toBe('');
	});
	it('keeps parameters it does not own, such as embed options', () => {
		const params = new URLSearchParams('controls=0&event=old');
		writeUrlState({ event: 'new' }, params);
		expect(params.toString()).toBe('controls=0&event=new');
	});
});

describe('URL round trip', () => {
	const dayMs = fc
		.integer({ min: day('1900-01-01') / 86_400_000, max: day('2100-12-31') / 86_400_000 })
		.map((n) => n * 86_400_000);
	const state: fc.Arbitrary<UrlState> = fc.record(
		{
			event: fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== ''),
			time: dayMs,
			range: fc.tuple(dayMs, dayMs).filter(([a, b]) => a < b),
			kinds: fc.uniqueArray(fc.constantFrom(...EVENT_KINDS), { minLength: 1 }),
			actors: fc.uniqueArray(
				fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== ''),
				{ minLength: 1, maxLength: 4 }
			),
			categories: fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { minLength: 1 }),
			tags: fc.uniqueArray(
				fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== ''),
				{ minLength: 1, maxLength: 4 }
			),
			places: fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { minLength: 1 }),
			q: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
			theme: fc.constantFrom('light' as const, 'dark' as const),
			lang: fc.constantFrom('en' as const, 'uk' as const, 'mk' as const)
		},
		{ requiredKeys: [] }
	);
	it('parse(write(state)) gives the state back', () => {
		fc.assert(
			fc.property(state, (value) => {
				const search = writeUrlState(value).toString();
				const parsed = parseUrlState(new URLSearchParams(search));
				expect(parsed.notices).toEqual([]);
				// A day in t= is read back as the whole day it names.
				expect(parsed.state).toEqual(
					value.time === undefined ? value : { ...value, wholeDay: true }
				);
			})
		);
	});
});

describe('notices echo little of what a link says', () => {
	it.each(['theme', 't', 'kinds', 'lang'])('a long bad %s is cut to 40 characters', (name) => {
		const value = `Your subscription expired, call +1 555 0100 now ${'x'.repeat(1500)}`;
		const { notices } = parseUrlState(new URLSearchParams({ [name]: value }));
		expect(notices).toEqual([{ name, value: `${value.slice(0, 40)}…` }]);
	});
});
