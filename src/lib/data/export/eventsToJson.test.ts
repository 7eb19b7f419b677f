import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDataset } from '../parseDataset';
import { eventsToJson } from './eventsToJson';

const fixture = parseDataset(readFileSync('tests/fixtures/data/provenance.json', 'utf8')).dataset!;
const view = 'https://graphics.news.example/?event=press-conference';

describe('eventsToJson(dataset, events, viewUrl)', () => {
	it('cites title, source, update and the view', () => {
		const file = eventsToJson(fixture, fixture.events, view);
		expect(file.citation).toEqual({
			title: 'Provenance fixture',
			source: 'The story, Example News, 2023-11-27',
			updated: '2023-12-03',
			url: view
		});
		expect(file.license).toBe('CC BY 4.0');
		expect(file.corrections).toBe('corrections@news.example');
	});

	it('keeps only the given events and the places they use', () => {
		const shown = fixture.events.filter((event) => event.kind !== 'claim');
		const file = eventsToJson(fixture, shown, view);
		expect(file.events.map((event) => event.id)).toEqual(['nairobi-report', 'press-conference']);
		expect(file.places?.map((place) => place.id)).toEqual(['sarajevo', 'nairobi']);
	});

	it('parses back into the same events, sources and log', () => {
		const back = parseDataset(
			JSON.parse(JSON.stringify(eventsToJson(fixture, fixture.events, view)))
		);
		expect(back.problems).toEqual([]);
		expect(back.dataset!.events).toEqual(fixture.events);
		expect(back.dataset!.changes).toEqual(fixture.changes);
		expect(back.dataset!.updated).toEqual(fixture.updated);
	});
});
