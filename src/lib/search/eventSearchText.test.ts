import { describe, expect, it } from 'vitest';
import { parseDataset } from '$lib/data/parseDataset';
import { indexEvents } from './eventSearchText';
import { search } from './searchIndex';

const { dataset } = parseDataset({
	version: 1,
	title: 'Index',
	categories: [{ id: 'dip', label: 'Diplomacy' }],
	places: [
		{ id: 'nbo', name: 'Nairobi', lat: -1.29, lon: 36.82 },
		{ id: 'kyiv', name: 'Kyiv', names: { uk: 'Київ', ar: 'كييف' }, lat: 50.45, lon: 30.52 },
		{ id: 'akl', name: 'Auckland', lat: -36.85, lon: 174.76 }
	],
	events: [
		{ id: 'a', title: 'Talks open', date: '2001', places: ['nbo'], category: 'dip' },
		{ id: 'b', title: 'Storm', date: '2002', places: ['akl'], tags: ['weather'] },
		{ id: 'c', title: 'Speech', date: '2003', actor: 'Jacinda Ardern', quote: 'We stand' },
		{ id: 'd', title: 'Inquiry', date: '2004', note: 'Dated from the minutes' },
		{ id: 'e', title: 'Visit', date: '2005', places: ['kyiv'] }
	]
});

describe('indexEvents(dataset)', () => {
	it.each([
		['nairobi', ['a']],
		['diplomacy', ['a']],
		['weather', ['b']],
		['auck', ['b']],
		['ardern', ['c']],
		['stand', ['c']],
		['minutes', ['d']],
		['open', ['a']],
		['kyiv', ['e']],
		['київ', ['e']],
		['كييف', ['e']]
	])('%j finds %j', (query, ids) => {
		const flags = search(indexEvents(dataset!), query)!;
		expect(dataset!.events.filter((_, at) => flags[at]).map((event) => event.id)).toEqual(ids);
	});
});
