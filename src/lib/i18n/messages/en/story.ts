/** English strings for the story panel. */
export const story = {
	storyLabel: 'Story',
	storyStepOf: 'Step {n} of {total}',
	storyPrevious: 'Previous',
	storyNext: 'Next',
	storyBack: 'Back to the story',
	storySteps: 'Steps',
	storyStart: 'Start the story',
	storyMedia: 'Media: {label}',
	storyFiltersCleared: 'Filters were cleared so that the step’s event shows.',
	storyUnknownStep: 'There is no step “{value}” in this story.'
};
