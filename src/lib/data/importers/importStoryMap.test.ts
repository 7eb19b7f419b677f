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

describe('importStoryMap frames', () => {
	const frame = (lat: number, lon: number, zoom?: number) => {
		const location = { name: 'Here', lat, lon, zoom };
		const { dataset } = importStoryMap({
			storymap: { slides: [{ date: '2015', text: { headline: 'Here' }, location }] }
		});
		return dataset!.story!.steps[0].bounds!.map((degrees) => Math.round(degrees * 100) / 100);
	};

	it.each([
		{
			place: 'Fiji, near 180° from the west',
			lat: -17.71,
			lon: 178.07,
			zoom: 5,
			expected: [156.2, -28.65, -160.05, -6.77]
		},
		{
			place: 'Adak, near 180° from the east',
			lat: 51.88,
			lon: -176.65,
			zoom: 4,
			expected: [139.6, 30.01, -132.9, 73.76]
		},
		{
			place: 'Kiribati, on 180°',
			lat: 1.87,
			lon: 180,
			zoom: 6,
			expected: [169.06, -3.6, -169.06, 7.34]
		},
		{
			place: 'Berlin, far from it',
			lat: 52.52,
			lon: 13.41,
			zoom: 6,
			expected: [2.47, 47.05, 24.35, 57.99]
		},
		{ place: 'the world, zoomed out', lat: 10, lon: 178, zoom: 1, expected: [-180, -75, 180, 90] },
		{
			// 350° wide: across 180° it could be read the other way round, so the whole world.
			place: 'Fiji, zoomed out to 2',
			lat: -17.71,
			lon: 178.07,
			zoom: 2,
			expected: [-180, -90, 180, 67.29]
		},
		{
			place: 'Fiji, zoomed out to 3, under 180° wide',
			lat: -17.71,
			lon: 178.07,
			zoom: 3,
			expected: [90.57, -61.46, -94.43, 26.04]
		}
	])('frames $place centred on it', ({ lat, lon, zoom, expected }) => {
		expect(frame(lat, lon, zoom)).toEqual(expected);
	});

	it('frames a step across 180° so that the story keeps it', () => {
		const text = JSON.stringify({
			storymap: {
				slides: [
					{ type: 'overview', text: { headline: 'Pacific' } },
					{
						date: '2015',
						text: { headline: 'Suva' },
						location: { lat: -18.14, lon: 178.44, zoom: 5 }
					}
				]
			}
		});
		const { dataset, problems } = importDataset(text, { name: 'pacific.json' });
		expect(problems).toEqual([]);
		const [west, south, east, north] = dataset!.story!.steps[0].bounds!;
		expect(west).toBeCloseTo(156.565);
		expect(east).toBeCloseTo(-159.685);
		expect(south < -18.14 && -18.14 < north).toBe(true);
	});
});

describe('importStoryMap text', () => {
	it('decodes named entities in headlines, text, place names and ids', () => {
		const { dataset } = importStoryMap({
			storymap: {
				slides: [
					{ type: 'overview', text: { headline: 'Caf&eacute;s of Z&uuml;rich' } },
					{
						date: '2015',
						text: {
							headline: 'Caf&eacute; Odeon',
							text: '<p>Na&iuml;ve &Uuml;bersicht &ccedil;a</p>'
						},
						location: { name: 'Z&uuml;rich', lat: 47.37, lon: 8.54 }
					}
				]
			}
		});
		expect(dataset!.title).toBe('Cafés of Zürich');
		const [step] = dataset!.story!.steps;
		expect([step.id, step.title, step.text]).toEqual([
			'café-odeon',
			'Café Odeon',
			'Naïve Übersicht ça'
		]);
		expect(dataset!.events[0].note).toBe('Naïve Übersicht ça');
	});
});
