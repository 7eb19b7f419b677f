import { describe, expect, it } from 'vitest';
import type { ChronoEvent } from '$lib/data/model';
import { NO_FILTERS, filterEvents, isFiltering, tagsOf, toggled, type Filters } from './filters';

const event = (id: string, more: Partial<ChronoEvent>) =>
	({ id, places: [], kind: 'event', ...more }) as ChronoEvent;
const events = [
	event('a', { actor: 'Ann', category: 'war', tags: ['navy', 'ports'], places: ['lima'] }),
	event('b', { actor: 'Bob', category: 'peace', tags: ['ports'], places: ['suva', 'oslo'] }),
	event('c', { actor: 'Ann', kind: 'claim', places: ['oslo'] }),
	event('d', { category: 'war', tags: ['Ann, Bob'] })
];
const ids = (filters: Partial<Filters>) =>
	filterEvents(events, { ...NO_FILTERS, ...filters }).map((e) => e.id);

describe('filterEvents(events, filters)', () => {
	it.each<[string, Partial<Filters>, string[]]>([
		['no filter', {}, ['a', 'b', 'c', 'd']],
		['one actor', { actors: ['Ann'] }, ['a', 'c']],
		['two actors: OR', { actors: ['Ann', 'Bob'] }, ['a', 'b', 'c']],
		['a category', { categories: ['war'] }, ['a', 'd']],
		['two categories', { categories: ['war', 'peace'] }, ['a', 'b', 'd']],
		['a tag', { tags: ['ports'] }, ['a', 'b']],
		['a tag with a comma', { tags: ['Ann, Bob'] }, ['d']],
		['two places: OR', { places: ['lima', 'suva'] }, ['a', 'b']],
		['a place shared by two events', { places: ['oslo'] }, ['b', 'c']],
		['actor AND category', { actors: ['Ann'], categories: ['war'] }, ['a']],
		['actor AND place', { actors: ['Ann', 'Bob'], places: ['oslo'] }, ['b', 'c']],
		['kind AND actor', { kinds: ['claim'], actors: ['Ann'] }, ['c']],
		['tag AND category with no overlap', { tags: ['navy'], categories: ['peace'] }, []],
		['an unknown value', { categories: ['ghost'] }, []]
	])('%s', (_, filters, expected) => {
		expect(ids(filters)).toEqual(expected);
	});

	it('does not mutate its input', () => {
		const copy = [...events];
		filterEvents(copy, { ...NO_FILTERS, actors: ['Ann'] });
		expect(copy).toEqual(events);
	});
});

describe('isFiltering, toggled and tagsOf', () => {
	it.each<[Partial<Filters>, boolean]>([
		[{}, false],
		[{ actors: ['x'] }, true],
		[{ categories: ['x'] }, true],
		[{ tags: ['x'] }, true],
		[{ places: ['x'] }, true],
		[{ kinds: ['event'] }, true]
	])('isFiltering(%j) is %s', (filters, expected) => {
		expect(isFiltering({ ...NO_FILTERS, ...filters })).toBe(expected);
	});

	it.each([
		[[], 'a', ['a']],
		[['a', 'b'], 'a', ['b']],
		[['b'], 'a', ['b', 'a']]
	])('toggled(%j, %j) is %j', (values, value, expected) => {
		expect(toggled(values, value)).toEqual(expected);
	});

	it('tagsOf counts tags, most used first', () => {
		expect(tagsOf(events)).toEqual([
			{ tag: 'ports', count: 2 },
			{ tag: 'Ann, Bob', count: 1 },
			{ tag: 'navy', count: 1 }
		]);
	});
});
