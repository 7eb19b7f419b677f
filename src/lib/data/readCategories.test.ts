import { describe, expect, it } from 'vitest';
import { parseDataset } from './parseDataset';

const base = {
	version: 1,
	title: 'Categories',
	places: [{ id: 'lima', name: 'Lima', lat: -12.05, lon: -77.04 }],
	events: [
		{ id: 'a', title: 'A', date: '2020-01-02', category: 'war', tags: ['Navy', 'Navy', 'ports'] },
		{ id: 'b', title: 'B', date: '2020-01-03', category: 'ghost' },
		{ id: 'c', title: 'C', date: '2020-01-04' }
	]
};

describe('parseDataset reads categories and tags', () => {
	it('a version 1 file without categories stays valid and has none', () => {
		const { dataset, problems } = parseDataset({ ...base, events: [base.events[2]] });
		expect(problems).toEqual([]);
		expect(dataset?.categories).toBeUndefined();
		expect(dataset?.events[0].tags).toBeUndefined();
	});

	it('keeps known categories, drops unknown ones with a warning, and de-duplicates tags', () => {
		const { dataset, problems } = parseDataset({
			...base,
			categories: [{ id: 'war', label: 'War', color: '#D55E00' }]
		});
		expect(dataset?.categories).toEqual([{ id: 'war', label: 'War', color: '#d55e00' }]);
		expect(dataset?.events.map((event) => event.category)).toEqual(['war', undefined, undefined]);
		expect(dataset?.events[0].tags).toEqual(['Navy', 'ports']);
		expect(problems).toEqual([
			{
				row: 'event "b"',
				field: 'category',
				message: 'names unknown category "ghost"',
				severity: 'warning'
			}
		]);
	});

	it.each([
		['red', '#ff0000', []],
		['url(javascript:x)', undefined, ['is not a colour']],
		['#fff', '#ffffff', ['hard to see against the page background (light theme) (1:1)']],
		['#111', '#111111', ['hard to see against the page background (dark theme)']]
	])('color %j is read as %j with warnings %j', (color, expected, warnings) => {
		const { dataset, problems } = parseDataset({
			...base,
			events: [base.events[0]],
			categories: [{ id: 'war', label: 'War', color }]
		});
		expect(dataset?.categories?.[0].color).toBe(expected);
		expect(problems).toHaveLength(warnings.length);
		warnings.forEach((text, at) => {
			expect(problems[at]).toMatchObject({
				row: 'category "war"',
				field: 'color',
				severity: 'warning'
			});
			expect(problems[at].message).toContain(text);
		});
	});

	it('reports a category without a label and a repeated id, and keeps the rest', () => {
		const { dataset, problems } = parseDataset({
			...base,
			categories: [{ id: 'war', label: 'War' }, { id: 'war', label: 'Again' }, { id: 'peace' }]
		});
		expect(dataset?.categories).toEqual([{ id: 'war', label: 'War' }]);
		expect(problems.map(({ row, field }) => `${row}.${field}`)).toEqual([
			'category "war".id',
			'category "peace".label',
			'event "b".category'
		]);
	});

	it('refuses more tags than the limit on one event', () => {
		const tags = Array.from({ length: 51 }, (_, i) => `t${i}`);
		const { dataset, problems } = parseDataset({
			...base,
			events: [{ id: 'x', title: 'X', date: '2020', tags }]
		});
		expect(dataset?.events).toEqual([]);
		expect(problems[0]).toMatchObject({ row: 'event "x"', field: 'tags' });
	});
});
