import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importDataset } from './importDataset';
import { importStoryMap } from './importStoryMap';

const sample = readFileSync(
	new URL('../../../../static/examples/storymap.json', import.meta.url),
	'utf8'
);

describe('importStoryMap', () => {
	it('reads the sample: overview as title, slides as steps, dated slides as events at their precision', () => {
		const result = importDataset(sample, { name: 'storymap.json' });
		expect(result.format).toBe('storymap');
		expect(result.problems).toEqual([]);
		const dataset = result.dataset!;
		expect(dataset.title).toBe('Former Yugoslav republics in NATO');
		expect(dataset.description).toContain('Four of the six');
		expect(dataset.events.map((event) => [event.id, event.date.precision])).toEqual([
			['slovenia-joins-nato', 'day'],
			['croatia-joins-nato', 'day'],
			['montenegro-joins-nato', 'month'],
			['north-macedonia-joins-nato', 'day']
		]);
		expect(dataset.events[0].note).toBe(
			"Slovenia joins with six other countries in NATO's largest enlargement."
		);
		expect(dataset.places.map((place) => place.name)).toEqual([
			'Ljubljana',
			'Zagreb',
			'Podgorica',
			'Skopje',
			'Sarajevo'
		]);
		const steps = dataset.story!.steps;
		expect(steps.map((step) => step.id)).toEqual([
			'slovenia-joins-nato',
			'croatia-joins-nato',
			'montenegro-joins-nato',
			'north-macedonia-joins-nato',
			'outside-nato'
		]);
		expect(steps[4].event).toBeUndefined();
		expect(steps[4].text).toBe(
			'Bosnia and Herzegovina and Serbia, the other two former republics, are not members.\n\nKosovo, which was not a republic of Yugoslavia, is not a member either.'
		);
		const [west, south, east, north] = steps[4].bounds!;
		expect(west < 18.4131 && 18.4131 < east && south < 43.8563 && 43.8563 < north).toBe(true);
		expect(steps[2].media).toEqual({
			url: 'https://www.nato.int/cps/en/natohq/topics_52044.htm',
			caption: 'NATO: member countries',
			credit: 'NATO'
		});
		const withMedia = dataset.events.find((event) => event.id === steps[2].event);
		expect(withMedia?.media).toEqual([
			{
				url: 'https://www.nato.int/cps/en/natohq/topics_52044.htm',
				kind: 'embed',
				caption: 'NATO: member countries',
				credit: 'NATO'
			}
		]);
	});

	it('leaves a slide whose date has no year undated, with a warning naming the slide', () => {
		const result = importStoryMap({
			storymap: {
				slides: [
					{ date: 'Aug 23', text: { headline: 'A day in August' } },
					{ date: '1914', text: { headline: 'A year' } }
				]
			}
		});
		expect(result.problems).toEqual([
			{
				row: 'slide #1',
				field: 'date',
				message:
					'"Aug 23" is not a date with a year (such as "March 2014" or "2014-03-16"): the step stays undated',
				severity: 'warning'
			}
		]);
		expect(result.dataset!.story!.steps.map((step) => step.event ?? null)).toEqual([
			null,
			'a-year'
		]);
		expect(result.dataset!.events.map((event) => event.date.precision)).toEqual(['year']);
	});

	it('keeps markup as text, drops script links, and names bad locations', () => {
		const result = importStoryMap({
			storymap: {
				slides: [
					{
						date: '2020',
						text: {
							headline: '<img src=x onerror=alert(1)>Title',
							text: '<script>alert(1)</script>Body'
						},
						location: { lat: 'north', lon: 20 },
						media: { url: 'javascript:alert(1)' }
					}
				]
			}
		});
		const step = result.dataset!.story!.steps[0];
		expect(step.title).toBe('Title');
		expect(step.text).not.toContain('<');
		expect(step.media).toBeUndefined();
		expect(result.problems).toEqual([
			expect.objectContaining({ row: 'slide #1', field: 'location.lat', severity: 'warning' })
		]);
	});

	it('refuses a file without slides, with the reason', () => {
		expect(importStoryMap({ storymap: {} }).problems[0]).toMatchObject({
			field: 'storymap.slides',
			message: 'must be a list'
		});
	});
});
