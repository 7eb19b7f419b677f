import { describe, expect, it } from 'vitest';
import { dateColumnReader } from './dateColumnReader';
import type { DateForm } from './dateForms';

const read = (values: string[], form: DateForm = 'iso') => {
	const reader = dateColumnReader(values, form);
	return values
		.filter((value) => value.trim())
		.map((value) => {
			const date = reader(value);
			return date.ok ? date.date : date.message;
		});
};

describe('dateColumnReader(values, form)', () => {
	it.each([
		{
			name: 'a Wikidata column of midnight-UTC instants holds calendar days',
			values: [
				'1914-06-28T00:00:00Z',
				'',
				'+1453-05-29T00:00:00Z',
				'-0030-09-02T00:00:00Z',
				'1914-01-01T00:00:00Z'
			],
			expected: ['1914-06-28', '1453-05-29', '-0030-09-02', '1914-01-01']
		},
		{
			name: 'whichever form is chosen',
			values: ['1914-06-28T00:00:00Z', '1066-10-14T00:00:00.000Z'],
			form: 'dd-mm-yyyy' as const,
			expected: ['1914-06-28', '1066-10-14']
		},
		{
			name: "a 00 month or day, Wikidata's own year or month, makes a year or a month",
			values: ['+1914-00-00T00:00:00Z', '+1914-06-00T00:00:00Z', '+0476-00-00T00:00:00Z'],
			expected: ['1914', '1914-06', '0476']
		},
		{
			name: 'a day that does not exist, or a year past 9999, is named',
			values: ['1914-02-30T00:00:00Z', '+13798000000-00-00T00:00:00Z'],
			expected: [
				'"1914-02-30T00:00:00Z" is not a real date',
				'"+13798000000-00-00T00:00:00Z" is in the year 13798000000; Chronomap writes years from -9999 to 9999'
			]
		},
		{
			name: 'a column with real times keeps every instant',
			values: ['1914-06-28T00:00:00Z', '2024-03-05T14:30:00Z', '+2024-03-06T09:00:00Z'],
			expected: ['1914-06-28T00:00:00Z', '2024-03-05T14:30:00Z', '2024-03-06T09:00:00Z']
		},
		{
			name: 'and refuses a time it cannot keep, saying why',
			values: ['-0030-09-02T00:00:00Z', '2024-03-05T14:30:00Z'],
			expected: [
				'"-0030-09-02T00:00:00Z" has a time of day, which Chronomap keeps only from the year 1000: write the day alone (-0030-09-02)',
				'2024-03-05T14:30:00Z'
			]
		},
		{
			name: 'a column of days is read in its form',
			values: ['28-06-1914', '1914'],
			form: 'dd-mm-yyyy' as const,
			expected: ['1914-06-28', '1914']
		},
		{ name: 'an empty column', values: ['', ' '], expected: [] }
	])('$name', ({ values, form, expected }) => {
		const before = [...values];
		expect(read(values, form)).toEqual(expected);
		expect(values).toEqual(before);
	});
});
