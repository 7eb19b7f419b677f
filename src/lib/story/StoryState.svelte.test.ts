import { describe, expect, it } from 'vitest';
import { makeDataset } from '$lib/data/testing/makeDataset';
import { NO_FILTERS } from '$lib/state/filters';
import { ViewState } from '$lib/state/ViewState.svelte';
import { StoryState } from './StoryState.svelte';

const day = (text: string) => Date.parse(text + 'T00:00:00Z');

function setUp() {
	const dataset = makeDataset(
		[
			{ id: 'referendum', title: 'Referendum', date: '2014-03-16', places: ['crimea'] },
			{ id: 'accession', title: 'Accession', date: '2020-03-27' },
			{ id: 'claim', title: 'Claim', date: '2023-11-21', kind: 'claim', actor: 'Sergei Shoigu' }
		],
		[{ id: 'crimea', name: 'Crimea', lat: 45.3, lon: 34.4, kind: 'area' }]
	);
	dataset.story = {
		steps: [
			{ id: 'crimea', title: 'Crimea', text: '', event: 'referendum' },
			{
				id: 'overview',
				title: 'Overview',
				text: '',
				time: day('2020-01-01'),
				range: [day('2019-01-01'), day('2021-01-01')],
				bounds: [13, 39, 24, 47]
			},
			{ id: 'claims', title: 'Claims', text: '', event: 'claim' }
		]
	};
	const view = new ViewState(dataset);
	return { view, story: new StoryState(view) };
}

describe('StoryState', () => {
	it('a step with an event selects it and frames its places; a step with a time clears the selection', () => {
		const { view, story } = setUp();
		expect(story.go(0, false)).toBe(true);
		expect(view.selectedEventId).toBe('referendum');
		expect(story.frame).toMatchObject({ points: [[45.3, 34.4]], seq: 1 });
		story.go(1, false);
		expect(view.selectedEventId).toBeNull();
		expect(view.currentTime).toBe(day('2020-01-01'));
		expect(view.visibleRange).toEqual([day('2019-01-01'), day('2021-01-01')]);
		expect(story.frame).toMatchObject({ bounds: [13, 39, 24, 47], seq: 2 });
		expect(story.onStory).toBe(true);
	});

	it('choosing a step pauses playback; playing or choosing another event leaves the story', () => {
		const { view, story } = setUp();
		view.play();
		story.go(0, false);
		expect(view.playing).toBe(false);
		view.play();
		story.noticeView();
		expect(story.left).toBe(true);
		expect(story.onStory).toBe(false);
		story.back();
		expect(story.left).toBe(false);
		expect(view.selectedEventId).toBe('referendum');
		view.select('accession');
		story.noticeView();
		expect(story.left).toBe(true);
		expect(story.step?.id).toBe('crimea');
	});

	it("clears filters that would hide the step's event, and says so", () => {
		const { view, story } = setUp();
		view.setFilters({ ...NO_FILTERS, kinds: ['event'] });
		story.go(2, false);
		expect(view.selectedEventId).toBe('claim');
		expect(view.filters.kinds).toContain('claim');
		expect(story.clearedFilters).toBe(true);
		story.go(0, false);
		expect(story.clearedFilters).toBe(false);
	});

	it('refuses a step that does not exist and stays where it was', () => {
		const { story } = setUp();
		story.go(1, false);
		expect(story.go(7)).toBe(false);
		expect(story.index).toBe(1);
		expect(story.resolve('3')).toBe(2);
		expect(story.resolve('claims')).toBe(2);
	});
});
