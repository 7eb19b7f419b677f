import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectFormat } from '../detectFormat';
import type { ParseResult } from '../model';
import { parseDataset } from '../parseDataset';
import { importCsv } from './importCsv';
import { importDataset } from './importDataset';
import { importGeoJson } from './importGeoJson';
import { importTimelineCsv } from './importTimelineCsv';
import { importTimelineJson } from './importTimelineJson';
import { importStoryMap } from './importStoryMap';
import { anyJson, anyText, shaped } from '../testing/arbitraryInputs';

/** What every reader promises: a result, well-formed problems, and only valid events. */
function expectSound(result: ParseResult) {
	expect(Array.isArray(result.problems)).toBe(true);
	for (const problem of result.problems) {
		expect(typeof problem.row).toBe('string');
		expect(typeof problem.field).toBe('string');
		expect(typeof problem.message).toBe('string');
		expect(['error', 'warning']).toContain(problem.severity);
	}
	if (result.dataset === null) return;
	const { places, events } = result.dataset;
	const placeIds = new Set(places.map((place) => place.id));
	expect(placeIds.size).toBe(places.length);
	for (const place of places) {
		expect(Math.abs(place.lat)).toBeLessThanOrEqual(90);
		expect(Math.abs(place.lon)).toBeLessThanOrEqual(180);
	}
	expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
	events.forEach((event, index) => {
		expect(event.id.trim()).not.toBe('');
		expect(typeof event.title === 'string' && event.title.trim() !== '').toBe(true);
		expect(event.start).toBeLessThan(event.stop);
		expect(event.index).toBe(index);
		if (index > 0) expect(events[index - 1].start).toBeLessThanOrEqual(event.start);
		expect(event.places.every((id) => placeIds.has(id))).toBe(true);
	});
}

describe('no input makes a reader throw, and what it keeps is valid', () => {
	it.each([
		{
			name: 'importDataset',
			read: (text: string) => importDataset(text, { name: text.slice(0, 20) })
		},
		{ name: 'importCsv', read: (text: string) => importCsv(text) },
		{ name: 'importCsv (tabs)', read: (text: string) => importCsv(text, { delimiter: '\t' }) },
		{ name: 'importTimelineCsv', read: (text: string) => importTimelineCsv(text) },
		{ name: 'parseDataset', read: (text: string) => parseDataset(text) }
	])('$name, given any text', ({ read }) => {
		fc.assert(
			fc.property(anyText, (text) => expectSound(read(text))),
			{ numRuns: 300 }
		);
	});

	it.each([
		{ name: 'importTimelineJson', read: (json: unknown) => importTimelineJson(json) },
		{ name: 'importGeoJson', read: (json: unknown) => importGeoJson(json) },
		{
			name: 'importStoryMap',
			read: (json: unknown) =>
				importStoryMap({ storymap: { slides: Array.isArray(json) ? json : [json, json] } })
		},
		{ name: 'parseDataset', read: (json: unknown) => parseDataset(json) }
	])('$name, given any JSON-like value', ({ read }) => {
		fc.assert(
			fc.property(anyJson, (json) => expectSound(read(json))),
			{ numRuns: 300 }
		);
	});

	it('detectFormat, given any text', () => {
		fc.assert(
			fc.property(anyText, (text) => void detectFormat(text)),
			{ numRuns: 300 }
		);
	});

	// The checks on kept rows above run only when rows are kept: inputs shaped like each format
	// must keep rows in a fair share of runs, or the property tests check little.
	// Chronomap's own formats carry rows valid whatever else the file holds: most runs keep rows.
	// The other formats are random within their shape: some runs must still keep rows.
	const least: Record<string, number> = {
		chronomapJson: 0.9,
		chronomapCsv: 0.9,
		timelineCsv: 0.05,
		timelineJson: 0.05,
		geoJson: 0.03
	};
	it.each(Object.entries(shaped))('%s keeps rows in a fair share of runs', (name, arbitrary) => {
		let runs = 0;
		let kept = 0;
		fc.assert(
			fc.property(arbitrary, (text) => {
				const result = importDataset(text, { name: 'sample' });
				expectSound(result);
				runs++;
				if ((result.dataset?.events.length ?? 0) > 0) kept++;
			}),
			// A fixed seed: a share measured on random samples must not fail by chance.
			{ numRuns: 300, seed: 20231127 }
		);
		expect(kept / runs).toBeGreaterThan(least[name]);
	});
});
