import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importCsv } from '../importers/importCsv';
import { parseDataset } from '../parseDataset';
import { eventsToCsv } from './eventsToCsv';
import { writeCsv } from './writeCsv';

const fixture = parseDataset(readFileSync('tests/fixtures/data/provenance.json', 'utf8')).dataset!;

describe('writeCsv(columns, rows)', () => {
	it('starts with a byte order mark and ends every line with CRLF', () => {
		expect(writeCsv(['a', 'b'], [['x', 1]])).toBe('\uFEFF"a","b"\r\n"x",1\r\n');
	});
});

describe('eventsToCsv(events, places)', () => {
	const csv = eventsToCsv(fixture.events, fixture.places);

	it('writes the import columns, text quoted and neutralised, coordinates as numbers', () => {
		const lines = csv.slice(1).split('\r\n');
		expect(lines[0]).toBe(
			'"id","title","date","end","not_after","approximate","place","lat","lon","actor","kind","quote","note","source_url","category","tags","media_url","media_alt","media_caption","media_credit"'
		);
		const nairobi = lines.find((line) => line.startsWith('"nairobi-report"'))!;
		expect(nairobi).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
		expect(nairobi).toContain(`"'+Reporter, @desk"`);
		expect(nairobi).toContain(`"'-10 people said so"`);
		expect(lines.find((line) => line.startsWith('"santiago-claim"'))).toContain(
			'"Santiago",-33.45,-70.67,'
		);
	});

	it('reads back into the same events (one place each)', () => {
		const back = importCsv(csv);
		expect(back.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
		const summary = (events: typeof fixture.events) =>
			events.map(({ id, title, date, kind, actor, quote, note }) => ({
				id,
				title,
				date,
				kind,
				actor,
				quote,
				note
			}));
		expect(summary(back.dataset!.events)).toEqual(summary(fixture.events));
		expect(back.dataset!.places.map(({ name, lat, lon }) => ({ name, lat, lon }))).toEqual(
			expect.arrayContaining([{ name: 'Santiago', lat: -33.45, lon: -70.67 }])
		);
	});

	it('writes the first media item, which reads back as the same item', () => {
		const media = parseDataset(readFileSync('static/examples/media.json', 'utf8')).dataset!;
		const back = importCsv(eventsToCsv(media.events, media.places));
		const first = (events: typeof media.events) =>
			events.map((event) => {
				const item = event.media?.[0];
				return item && { url: item.url, alt: item.alt, caption: item.caption, credit: item.credit };
			});
		expect(first(media.events).filter(Boolean).length).toBeGreaterThan(2);
		expect(first(back.dataset!.events)).toEqual(first(media.events));
	});

	it('does not change the events it is given', () => {
		const before = JSON.stringify(fixture.events);
		eventsToCsv(fixture.events, fixture.places);
		expect(JSON.stringify(fixture.events)).toBe(before);
	});
});
