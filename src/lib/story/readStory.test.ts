import { describe, expect, it } from 'vitest';
import type { Problem } from '$lib/data/model';
import { readStory } from './readStory';
import { resolveStep } from './resolveStep';

const events = new Set(['crimea', 'accession']);
const layers = new Set(['front']);

function read(raw: unknown) {
	const problems: Problem[] = [];
	return { story: readStory(raw, events, layers, problems), problems };
}

describe('readStory', () => {
	it('is absent when the data has no story', () => {
		expect(read(undefined)).toEqual({ story: undefined, problems: [] });
	});

	it('reads steps with their event, time, range, bounds, layers and media', () => {
		const { story, problems } = read({
			title: 'A walk',
			steps: [
				{ id: 'one', title: 'One', text: ' First.\n\nSecond. ', event: 'crimea' },
				{ id: 'two', title: 'Two', time: '2020-03', from: '2019', to: '2020-12' },
				{ id: 'three', title: 'Three', bounds: [20, 40, 24, 43], layers: ['front'] },
				{ id: 'four', title: 'Four', media: { url: 'https://example.org/a.jpg' } }
			]
		});
		expect(problems).toEqual([]);
		expect(story?.title).toBe('A walk');
		expect(story?.steps.map((step) => step.id)).toEqual(['one', 'two', 'three', 'four']);
		expect(story?.steps[0]).toEqual({
			id: 'one',
			title: 'One',
			text: 'First.\n\nSecond.',
			event: 'crimea'
		});
		expect(story?.steps[1].time).toBe(Date.UTC(2020, 2, 1));
		expect(story?.steps[1].range).toEqual([Date.UTC(2019, 0, 1), Date.UTC(2021, 0, 1)]);
		expect(story?.steps[2].bounds).toEqual([20, 40, 24, 43]);
		expect(story?.steps[2].layers).toEqual(['front']);
		expect(story?.steps[3].media?.url).toBe('https://example.org/a.jpg');
	});

	it.each([
		[{ id: 'a', title: 'A', event: 'nowhere' }, 'event', 'names unknown event "nowhere"'],
		[{ id: 'a', title: 'A', time: 'soon' }, 'time', '"soon" is not a date'],
		[{ id: 'a', title: 'A', from: '2020', to: '2019' }, 'to', 'from and to must both be dates'],
		[{ id: 'a', title: 'A', bounds: [20, 44, 24, 41] }, 'bounds', 'south below north'],
		[{ id: 'a', title: 'A', bounds: [200, 40, 24, 43] }, 'bounds.0', ''],
		[{ id: 'a b', title: 'A' }, 'id', 'one word'],
		[{ id: 'a' }, 'title', 'is missing'],
		[{ id: 'a', title: 'A', text: '<b>x</b>'.repeat(2000) }, 'text', 'at most']
	])('drops a bad step and names it by position and field: %j', (step, field, message) => {
		const { story, problems } = read({ steps: [{ id: 'ok', title: 'OK' }, step] });
		expect(story?.steps.map((kept) => kept.id)).toEqual(['ok']);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ row: 'story step #2', field, severity: 'error' });
		expect(problems[0].message).toContain(message);
	});

	it('keeps markup in text as text', () => {
		const { story } = read({
			steps: [{ id: 'a', title: 'A', text: '<img src=x onerror=alert(1)>' }]
		});
		expect(story?.steps[0].text).toBe('<img src=x onerror=alert(1)>');
	});

	it('warns about unknown layers and links that are not http(s), and keeps the step', () => {
		const { story, problems } = read({
			steps: [
				{
					id: 'a',
					title: 'A',
					layers: ['front', 'ghost'],
					media: { url: 'javascript:alert(1)' }
				}
			]
		});
		expect(story?.steps[0].layers).toEqual(['front']);
		expect(story?.steps[0].media).toBeUndefined();
		expect(problems.map((p) => [p.field, p.severity])).toEqual([
			['layers', 'warning'],
			['media.url', 'warning']
		]);
	});

	it('refuses repeated ids and a story that is not an object with steps', () => {
		expect(
			read({
				steps: [
					{ id: 'a', title: 'A' },
					{ id: 'a', title: 'B' }
				]
			}).problems
		).toEqual([
			{
				row: 'story step #2',
				field: 'id',
				message: "repeats an earlier step's id",
				severity: 'error'
			}
		]);
		const bad = read({ steps: 'none' });
		expect(bad.story).toBeUndefined();
		expect(bad.problems[0]).toMatchObject({ row: 'story', field: 'steps' });
	});

	it('reads at most LIMITS.storySteps steps', () => {
		const steps = Array.from({ length: 600 }, (_, i) => ({ id: `s${i}`, title: `S${i}` }));
		const { story, problems } = read({ steps });
		expect(story?.steps).toHaveLength(500);
		expect(problems[0].message).toContain('only the first 500');
	});
});

describe('resolveStep', () => {
	const story = {
		steps: [
			{ id: 'crimea', title: 'C', text: '' },
			{ id: '3', title: 'Three', text: '' },
			{ id: 'end', title: 'E', text: '' }
		]
	};
	it.each<[string | number, number]>([
		['crimea', 0],
		['end', 2],
		['3', 1], // an id wins over a position
		['1', 0],
		['2', 1],
		[3, 2],
		['0', -1],
		['4', -1],
		['1.5', -1],
		['-1', -1],
		['nowhere', -1],
		[2.5, -1]
	])('%j → %i', (value, index) => {
		expect(resolveStep(story, value)).toBe(index);
	});

	it('finds nothing without a story', () => {
		expect(resolveStep(undefined, '1')).toBe(-1);
	});
});
