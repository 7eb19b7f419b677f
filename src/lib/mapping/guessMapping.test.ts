import { describe, expect, it } from 'vitest';
import { guessDateForm, guessMapping } from './guessMapping';

describe('guessMapping(headers, rows)', () => {
	it.each([
		{
			headers: ['Headline', 'Event Date', 'Latitude', 'Longitude', 'Notes'],
			rows: [{ event_date: '21-11-2023' }],
			expected: {
				title: 'Headline',
				date: { column: 'Event Date', form: 'dd-mm-yyyy' },
				lat: 'Latitude',
				lon: 'Longitude',
				note: 'Notes'
			}
		},
		{
			headers: ['what', 'when', 'location', 'who', 'type', 'keywords'],
			rows: [{ when: '21 November 2023' }, { when: 'December 2023' }],
			expected: {
				title: 'what',
				date: { column: 'when', form: 'd month yyyy' },
				place: 'location',
				actor: 'who',
				category: 'type',
				tags: 'keywords'
			}
		},
		{
			headers: ['name', 'timestamp', 'lat'],
			rows: [{ timestamp: '1700562900000' }],
			expected: { title: 'name', date: { column: 'timestamp', form: 'epoch-ms' } }
		},
		{
			headers: ['a', 'b'],
			rows: [],
			expected: { title: 'a', date: { column: '', form: 'iso' } }
		}
	])('$headers', ({ headers, rows, expected }) => {
		const before = structuredClone(rows);
		expect(guessMapping(headers, rows)).toEqual(expected);
		expect(rows).toEqual(before);
	});
});

describe('guessDateForm(values)', () => {
	it.each([
		{ values: ['2023-11-21', '2024'], expected: 'iso' },
		{ values: ['21-11-2023', '', '01/02/2024'], expected: 'dd-mm-yyyy' },
		{ values: ['21 November 2023', '2023'], expected: 'd month yyyy' },
		{ values: ['1700562900000'], expected: 'epoch-ms' },
		{ values: ['soon', 'later'], expected: 'iso' },
		{ values: [], expected: 'iso' }
	])('$values → $expected', ({ values, expected }) => {
		expect(guessDateForm(values)).toBe(expected);
	});
});
