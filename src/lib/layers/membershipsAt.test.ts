import { describe, expect, it } from 'vitest';
import { parseDataset } from '$lib/data/parseDataset';
import { membershipsAt } from './membershipsAt';

const sets = parseDataset({ version: 1, title: 'T', events: [], memberships: ['nato', 'eu'] })
	.dataset!.memberships!;
const utc = (day: string, time = '00:00:00') => Date.parse(`${day}T${time}Z`);

describe('membershipsAt', () => {
	const cases = [
		{
			country: 'GBR',
			at: utc('2019-06-01'),
			expected: ['nato', 'eu'],
			why: 'in both before Brexit'
		},
		{
			country: 'GBR',
			at: utc('2020-01-31', '23:59:59'),
			expected: ['nato', 'eu'],
			why: 'its last day in the EU'
		},
		{ country: 'GBR', at: utc('2020-02-01'), expected: ['nato'], why: 'after leaving the EU' },
		{
			country: 'MKD',
			at: utc('2020-03-26'),
			expected: undefined,
			why: 'the day before joining NATO'
		},
		{ country: 'MKD', at: utc('2020-03-27'), expected: ['nato'], why: 'NATO accession day' },
		{ country: 'HRV', at: utc('2013-07-01'), expected: ['nato', 'eu'], why: 'EU accession day' },
		{ country: 'AUT', at: utc('2000-01-01'), expected: ['eu'], why: 'neutral, EU since 1995' }
	];
	it.each(cases)('$country at $at is in $expected: $why', ({ country, at, expected }) => {
		expect(membershipsAt(sets, at).get(country)).toEqual(expected);
	});

	it('lists Finland in both sets, in the dataset order, once it joined NATO', () => {
		expect(membershipsAt(sets, utc('2023-04-04')).get('FIN')).toEqual(['nato', 'eu']);
		expect(membershipsAt(sets, utc('2023-04-03')).get('FIN')).toEqual(['eu']);
	});

	it('shades nothing for a dataset that names no set', () => {
		expect(membershipsAt([], utc('2023-04-04')).size).toBe(0);
	});
});
