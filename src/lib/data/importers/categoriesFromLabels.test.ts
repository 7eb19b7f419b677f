import { describe, expect, it } from 'vitest';
import { categoriesFromLabels, splitTags } from './categoriesFromLabels';
import { importCsv } from './importCsv';
import { importGeoJson } from './importGeoJson';
import { importTimelineJson } from './importTimelineJson';

describe('categoriesFromLabels(rows)', () => {
	it('makes one category per label in order of first use and points rows at its id', () => {
		const rows = [
			{ id: 'a', category: 'Armed conflict' },
			{ id: 'b', category: ' Diplomacy ' },
			{ id: 'c', category: 'Armed conflict' },
			{ id: 'd' },
			{ id: 'e', category: '' },
			{ id: 'f', category: 7 }
		];
		const copy = structuredClone(rows);
		const { rows: out, categories } = categoriesFromLabels(rows);
		expect(categories).toEqual([
			{ id: 'armed-conflict', label: 'Armed conflict' },
			{ id: 'diplomacy', label: 'Diplomacy' }
		]);
		expect(out.map((row) => row.category)).toEqual([
			'armed-conflict',
			'diplomacy',
			'armed-conflict',
			undefined,
			undefined,
			7
		]);
		expect(rows).toEqual(copy);
	});
});

describe('splitTags(cell)', () => {
	it.each([
		['navy; ports', ['navy', 'ports']],
		['Food, water;;  aid ', ['Food, water', 'aid']],
		['  ', undefined],
		[undefined, undefined],
		[
			['a', 'b'],
			['a', 'b']
		]
	])('splitTags(%j) is %j', (value, expected) => {
		expect(splitTags(value)).toEqual(expected);
	});
});

describe('importers read categories and tags', () => {
	it('CSV: category and tags columns', () => {
		const csv =
			'title,date,category,tags\nTalks,2020,Diplomacy,ports; Food, water\nStorm,2021,,\n'.replace(
				'ports; Food, water',
				'"ports; Food, water"'
			);
		const { dataset, problems } = importCsv(csv);
		expect(problems).toEqual([]);
		expect(dataset?.categories).toEqual([{ id: 'diplomacy', label: 'Diplomacy' }]);
		expect(dataset?.events.map((event) => [event.category, event.tags])).toEqual([
			['diplomacy', ['ports', 'Food, water']],
			[undefined, undefined]
		]);
	});

	it('GeoJSON: properties.category and properties.tags (a list or a cell)', () => {
		const feature = (title: string, properties: Record<string, unknown>) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [3.38, 6.52] },
			properties: { title, date: '2020-01-01', place: 'Lagos', ...properties }
		});
		const { dataset } = importGeoJson({
			type: 'FeatureCollection',
			features: [
				feature('One', { category: 'Aid', tags: ['food', 'water'] }),
				feature('Two', { category: 'Aid', tags: 'food; roads' })
			]
		});
		expect(dataset?.categories).toEqual([{ id: 'aid', label: 'Aid' }]);
		expect(dataset?.events.map((event) => event.tags)).toEqual([
			['food', 'water'],
			['food', 'roads']
		]);
	});

	it('TimelineJS: a group is the actor, as before, and also the category', () => {
		const slide = (headline: string, group?: string) => ({
			start_date: { year: 2020 },
			text: { headline },
			...(group ? { group } : {})
		});
		const { dataset } = importTimelineJson({
			events: [slide('A', 'Senate'), slide('B', 'House'), slide('C', 'Senate'), slide('D')]
		});
		expect(dataset?.categories).toEqual([
			{ id: 'senate', label: 'Senate' },
			{ id: 'house', label: 'House' }
		]);
		expect(dataset?.events.map((event) => [event.title, event.actor, event.category])).toEqual([
			['A', 'Senate', 'senate'],
			['B', 'House', 'house'],
			['C', 'Senate', 'senate'],
			['D', undefined, undefined]
		]);
	});
});
