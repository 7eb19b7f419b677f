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
		expect(previewRows(table, mapping)).toEqual({ ok: true, rows: expected });
		expect(table).toEqual(before);
	});

	it('passes on the mapping problems', () => {
		expect(previewRows(table, { title: '{who}', date: { column: 'When', form: 'iso' } })).toEqual({
			ok: false,
			problems: [{ reason: 'no-column', field: 'title', column: 'who' }]
		});
	});
});
