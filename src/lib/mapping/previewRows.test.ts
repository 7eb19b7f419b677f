import { describe, expect, it } from 'vitest';
import { previewRows } from './previewRows';

const table = {
	headers: ['What', 'When', 'Town', 'Y', 'X'],
	rows: [
		{ what: 'Strike', when: '21-11-2023', town: 'Riverton', y: '46.6', x: '32.6' },
		{ what: 'Vote', when: '31-02-2023', town: '', y: '48.0', x: '37.8' }
	],
	delimiter: ','
};

describe('previewRows(table, mapping)', () => {
	it.each([
		{
			mapping: { title: '{what} in {town}', date: { column: 'When', form: 'dd-mm-yyyy' as const } },
			expected: [
				{ date: '2023-11-21', written: '21-11-2023', title: 'Strike in Riverton', place: '' },
				{ date: null, written: '31-02-2023', title: 'Vote in', place: '' }
			]
		},
		{
			mapping: {
				title: 'What',
				date: { column: 'when', form: 'iso' as const },
				place: 'town',
				lat: 'y',
				lon: 'x'
			},
			expected: [
				{ date: null, written: '21-11-2023', title: 'Strike', place: 'Riverton' },
				{ date: null, written: '31-02-2023', title: 'Vote', place: '48.0, 37.8' }
			]
		}
	])('reads $mapping.title', ({ mapping, expected }) => {
		const before = structuredClone(table);
		expect(previewRows(table, mapping)).toEqual({ ok: true, rows: expected, unplacedTimes: false });
		expect(table).toEqual(before);
	});

	it('shows each date at its time, and says when a time has no offset to be placed in', () => {
		const log = {
			headers: ['What', 'Day', 'At'],
			rows: [
				{ what: 'Siren', day: '05/03/2024', at: '14:30' },
				{ what: 'Blast', day: '05/03/2024 2:45 PM UTC', at: '' }
			],
			delimiter: ','
		};
		const mapping = {
			title: 'What',
			date: { column: 'Day', form: 'dd-mm-yyyy' as const },
			time: 'At'
		};
		const dates = (result: ReturnType<typeof previewRows>) =>
			result.ok ? [result.rows.map((row) => row.date), result.unplacedTimes] : result;
		expect(dates(previewRows(log, mapping))).toEqual([['2024-03-05', '2024-03-05T14:45Z'], true]);
		expect(dates(previewRows(log, { ...mapping, offset: '+02:00' }))).toEqual([
			['2024-03-05T14:30+02:00', '2024-03-05T14:45Z'],
			false
		]);
	});

	it('passes on the mapping problems', () => {
		expect(previewRows(table, { title: '{who}', date: { column: 'When', form: 'iso' } })).toEqual({
			ok: false,
			problems: [{ reason: 'no-column', field: 'title', column: 'who' }]
		});
	});
});
