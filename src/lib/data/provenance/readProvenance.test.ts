import { describe, expect, it } from 'vitest';
import { parseDataset } from '../parseDataset';

const place = { id: 'sarajevo', name: 'Sarajevo', lat: 43.86, lon: 18.41 };
const base = {
	version: 1,
	title: 'T',
	places: [place],
	events: [{ id: 'a', title: 'A', date: '2023-11-20', places: ['sarajevo'] }]
};

describe('parseDataset reads the provenance fields', () => {
	it('reads updated, changes (newest first), license and corrections', () => {
		const { dataset, problems } = parseDataset({
			...base,
			updated: '2023-12-03',
			license: 'CC BY 4.0',
			corrections: 'desk@news.example',
			changes: [
				{ date: '2023-11-28', text: 'First correction.' },
				{ date: '2023-12-03', text: 'Second correction.' }
			]
		});
		expect(problems).toEqual([]);
		expect(dataset?.updated).toEqual({ year: 2023, month: 12, day: 3, precision: 'day' });
		expect(dataset?.changes?.map((change) => change.text)).toEqual([
			'Second correction.',
			'First correction.'
		]);
		expect(dataset?.license).toBe('CC BY 4.0');
		expect(dataset?.corrections).toBe('desk@news.example');
	});

	it('drops a bad log entry or update date with a warning and keeps the events', () => {
		const { dataset, problems } = parseDataset({
			...base,
			updated: '3 December',
			changes: [
				{ date: '2023-02-30', text: 'x' },
				{ text: 'no date' },
				{ date: '2023-12-01', text: 'ok' }
			]
		});
		expect(dataset?.events).toHaveLength(1);
		expect(dataset?.updated).toBeUndefined();
		expect(dataset?.changes?.map((change) => change.text)).toEqual(['ok']);
		expect(problems).toEqual([
			expect.objectContaining({ row: 'file', field: 'updated', severity: 'warning' }),
			expect.objectContaining({ row: 'change #1', field: 'date', severity: 'warning' }),
			expect.objectContaining({ row: 'change #2', field: 'date', severity: 'warning' })
		]);
	});

	it('refuses a log longer than LIMITS.changes', () => {
		const changes = Array.from({ length: 5_001 }, () => ({ date: '2023-12-01', text: 'x' }));
		const { dataset, problems } = parseDataset({ ...base, changes });
		expect(dataset).toBeNull();
		expect(problems[0]).toMatchObject({
			field: 'changes',
			message: expect.stringMatching(/at most 5000/)
		});
	});
});

describe('parseDataset reads event sources and verification', () => {
	const withEvent = (extra: object) => ({ ...base, events: [{ ...base.events[0], ...extra }] });

	it('keeps sources in order, dropping links that are not plain http(s)', () => {
		const { dataset, problems } = parseDataset(
			withEvent({
				verified: 'unconfirmed',
				sources: [
					{
						title: 'Joint press conference',
						url: 'https://www.nato.int/cps/en/natohq/opinions_220214.htm',
						publisher: 'NATO',
						published: '2023-11-20',
						accessed: '2026-12-02',
						archiveUrl: 'javascript:alert(1)'
					},
					{ title: 'Spoofed', url: 'https://reuters.com@evil.example/' }
				]
			})
		);
		expect(problems).toEqual([]);
		const event = dataset!.events[0];
		expect(event.verified).toBe('unconfirmed');
		expect(event.sources).toEqual([
			{
				title: 'Joint press conference',
				url: 'https://www.nato.int/cps/en/natohq/opinions_220214.htm',
				publisher: 'NATO',
				published: '2023-11-20',
				accessed: '2026-12-02',
				archiveUrl: undefined
			},
			{ title: 'Spoofed', url: undefined }
		]);
	});

	it.each([
		{ extra: { verified: 'probably' }, field: 'verified', message: /must be one of/ },
		{
			extra: { sources: [{ url: 'https://x.example/' }] },
			field: 'sources.0.title',
			message: /missing/
		},
		{
			extra: { sources: Array.from({ length: 21 }, (_, i) => ({ title: `S${i}` })) },
			field: 'sources',
			message: /at most 20/
		}
	])('reports $field', ({ extra, field, message }) => {
		const { dataset, problems } = parseDataset(withEvent(extra));
		expect(dataset?.events).toHaveLength(0);
		expect(problems).toEqual([
			expect.objectContaining({ row: 'event "a"', field, message: expect.stringMatching(message) })
		]);
	});
});
