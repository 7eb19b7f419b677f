import { describe, expect, it } from 'vitest';
import { makeDataset } from '$lib/data/testing/makeDataset';
import { ViewState } from './ViewState.svelte';
import { urlStateOfView } from './urlStateOfView';

const day = (text: string) => Date.parse(text + 'T00:00:00Z');
const dataset = makeDataset([
	{ id: 'a', title: 'A', date: '2014-03-16' },
	{ id: 'b', title: 'B', date: '2020-03-27', kind: 'claim', actor: 'X' }
]);

describe('urlStateOfView', () => {
	const table = [
		{ name: 'a fresh view', act: () => {}, expected: { time: day('2020-03-27') } },
		{
			name: 'a selection at its own date',
			act: (v: ViewState) => v.select('a'),
			expected: { event: 'a' }
		},
		{
			name: 'a selection, then a scrub',
			act: (v: ViewState) => (v.select('a'), v.setTime(day('2016-01-01'))),
			expected: { event: 'a', time: day('2016-01-01') }
		},
		{
			name: 'a zoomed range and filters',
			act: (v: ViewState) => (
				v.setVisibleRange([day('2015-01-01'), day('2016-01-01')]),
				v.toggleKind('claim')
			),
			expected: {
				time: day('2020-03-27'),
				range: [day('2015-01-01'), day('2016-01-01')],
				kinds: ['event', 'statement', 'report']
			}
		},
		{
			name: 'an actor filter alone names no kinds',
			act: (v: ViewState) => v.setActor('X'),
			expected: { time: day('2020-03-27'), actors: ['X'] }
		},
		{
			name: 'several actors, categories, tags, places and a search',
			act: (v: ViewState) => (
				v.toggleActor('X'),
				v.toggleActor('Y, Z'),
				v.toggleCategory('war'),
				v.toggleTag('navy'),
				v.setPlaces(['kyiv', 'lima', 'kyiv']),
				v.setQuery('crimea')
			),
			expected: {
				time: day('2020-03-27'),
				actors: ['X', 'Y, Z'],
				categories: ['war'],
				tags: ['navy'],
				places: ['kyiv', 'lima'],
				q: 'crimea'
			}
		}
	];
	it.each(table)('$name', ({ act, expected }) => {
		const view = new ViewState(dataset);
		act(view);
		const state = Object.fromEntries(
			Object.entries(urlStateOfView(view)).filter(([, value]) => value !== undefined)
		);
		expect(state).toEqual(expected);
	});
});
