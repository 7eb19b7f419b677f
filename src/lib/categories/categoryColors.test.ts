import { describe, expect, it } from 'vitest';
import type { ChronoEvent } from '$lib/data/model';
import {
	CATEGORY_PALETTE,
	categoryColors,
	categoryCounts,
	placeCategories
} from './categoryColors';

const event = (id: string, category: string | undefined, places: string[]) =>
	({ id, category, places }) as ChronoEvent;
const events = [
	event('a', 'war', ['lima']),
	event('b', 'peace', ['lima', 'oslo']),
	event('c', undefined, ['oslo']),
	event('d', 'war', ['suva'])
];

describe('categoryColors', () => {
	it('keeps own colours and fills the rest from the palette in order', () => {
		const colors = categoryColors([
			{ id: 'a', label: 'A' },
			{ id: 'b', label: 'B', color: '#123456' },
			{ id: 'c', label: 'C' }
		]);
		expect([...colors]).toEqual([
			['a', CATEGORY_PALETTE[0]],
			['b', '#123456'],
			['c', CATEGORY_PALETTE[1]]
		]);
	});

	it('cycles the palette past its end', () => {
		const many = Array.from({ length: 8 }, (_, at) => ({ id: `c${at}`, label: `${at}` }));
		expect(categoryColors(many).get('c6')).toBe(CATEGORY_PALETTE[0]);
	});
});

describe('categoryCounts and placeCategories', () => {
	it('counts events per category, none under ""', () => {
		expect(categoryCounts(events)).toEqual(
			new Map([
				['war', 2],
				['peace', 1],
				['', 1]
			])
		);
	});

	it('lists each place’s categories in category order', () => {
		const order = [
			{ id: 'peace', label: 'Peace' },
			{ id: 'war', label: 'War' }
		];
		expect(placeCategories(events, order)).toEqual(
			new Map([
				['lima', ['peace', 'war']],
				['oslo', ['peace', '']],
				['suva', ['war']]
			])
		);
	});
});
