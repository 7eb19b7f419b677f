import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits';
import { parseDataset } from './parseDataset';

const place = (i: number) => ({ id: `p${i}`, name: `Place ${i}`, lat: 0, lon: 0 });
const event = (i: number, extra = {}) => ({
	id: `e${i}`,
	title: `Event ${i}`,
	date: '2023',
	...extra
});
const problemsOf = (value: unknown) =>
	parseDataset(value).problems.map(({ row, field, message }) => `${row}, ${field}: ${message}`);

describe('parseDataset enforces the documented limits', () => {
	it('reads the first 200,000 events and says the rest were over the limit', () => {
		const events = Array.from({ length: LIMITS.events + 1 }, (_, i) => event(i));
		const { dataset, problems } = parseDataset({ version: 1, title: 'T', events });
		expect(dataset?.events).toHaveLength(LIMITS.events);
		expect(problems).toEqual([
			{
				row: 'file',
				field: 'events',
				message:
					'has 200,001 events, more than the limit of 200,000: only the first 200,000 are read',
				severity: 'error'
			}
		]);
	}, 60_000);

	it('reads the first 50,000 places and 1,000 eras', () => {
		const places = Array.from({ length: LIMITS.places + 2 }, (_, i) => place(i));
		const eras = Array.from({ length: LIMITS.eras + 1 }, (_, i) => ({
			id: `era${i}`,
			title: 'Era',
			date: '2001',
			end: '2002'
		}));
		const { dataset } = parseDataset({ version: 1, title: 'T', places, events: [], eras });
		expect(dataset?.places).toHaveLength(LIMITS.places);
		expect(dataset?.eras).toHaveLength(LIMITS.eras);
		expect(problemsOf({ version: 1, title: 'T', places, events: [], eras })).toEqual([
			'file, places: has 50,002 places, more than the limit of 50,000: only the first 50,000 are read',
			'file, eras: has 1,001 eras, more than the limit of 1,000: only the first 1,000 are read'
		]);
	});

	it('drops an event that names more than 50 places, and keeps one that names 50', () => {
		const places = Array.from({ length: 51 }, (_, i) => place(i));
		const ids = places.map((p) => p.id);
		const value = {
			version: 1,
			title: 'T',
			places,
			events: [event(1, { places: ids.slice(0, 50) }), event(2, { places: ids })]
		};
		expect(parseDataset(value).dataset?.events.map((e) => e.id)).toEqual(['e1']);
		expect(problemsOf(value)).toEqual(['event "e2", places: must name at most 50 places']);
	});

	it.each([
		{ field: 'title', extra: { title: 'x'.repeat(LIMITS.textLength + 1) } },
		{ field: 'note', extra: { note: 'я'.repeat(LIMITS.textLength + 1) } },
		{ field: 'quote', extra: { quote: ' '.repeat(5) + 'q'.repeat(LIMITS.textLength + 1) } },
		{ field: 'source.title', extra: { source: { title: 's'.repeat(LIMITS.textLength + 1) } } }
	])('drops an event whose $field is longer than 10,000 characters', ({ field, extra }) => {
		const value = { version: 1, title: 'T', events: [event(1), event(2, extra)] };
		expect(parseDataset(value).dataset?.events.map((e) => e.id)).toEqual(['e1']);
		expect(problemsOf(value)).toEqual([
			`event "e2", ${field}: must be at most 10,000 characters long`
		]);
	});

	it('keeps a text of exactly 10,000 characters, and measures it after trimming', () => {
		const note = ` ${'n'.repeat(LIMITS.textLength)} `;
		const { dataset, problems } = parseDataset({
			version: 1,
			title: 'T',
			events: [event(1, { note })]
		});
		expect(problems).toEqual([]);
		expect(dataset?.events[0].note).toHaveLength(LIMITS.textLength);
	});
});
