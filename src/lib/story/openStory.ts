import type { StoryState } from './StoryState.svelte';

type Translate = (key: string, values?: Record<string, string>) => string;

/**
 * Opens the story as the address asks, once the data is in; returns notices for the reader.
 * `step=` opens a step and wins over `event=` and `t=`; the full page shows the panel whenever the
 * data has a story, an embed only with `step=` or `story=1`; `story=0` keeps it hidden.
 */
export function openStory(
	story: StoryState,
	step: string | undefined,
	storyParam: string | null,
	embedded: boolean,
	t: Translate
): string[] {
	const notices: string[] = [];
	if (storyParam !== null && storyParam !== '0' && storyParam !== '1')
		notices.push(t('badParam', { name: 'story', value: storyParam.slice(0, 40) }));
	if (!story.story) {
		if (step !== undefined) notices.push(t('storyUnknownStep', { value: step.slice(0, 40) }));
		return notices;
	}
	if (storyParam === '0') return notices;
	story.shown = !embedded || step !== undefined || storyParam === '1';
	if (step === undefined) return notices;
	const index = story.resolve(step);
	if (index === -1) notices.push(t('storyUnknownStep', { value: step.slice(0, 40) }));
	else story.go(index, false);
	return notices;
}
