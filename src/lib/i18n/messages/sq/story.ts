import type { Translation } from '../translation';
import type { story as english } from '../en/story';

/** Albanian strings for the story panel. */
export const story = {
	storyLabel: 'Rrëfimi',
	storyStepOf: 'Hapi {n} nga {total}',
	storyPrevious: 'I mëparshmi',
	storyNext: 'I radhës',
	storyBack: 'Kthehu te rrëfimi',
	storySteps: 'Hapat',
	storyStart: 'Nis rrëfimin',
	storyMedia: 'Media: {label}',
	storyFiltersCleared: 'Filtrat u hoqën që të shfaqet ngjarja e këtij hapi.',
	storyUnknownStep: 'Në këtë rrëfim nuk ka hap „{value}“.'
} satisfies Translation<typeof english>;
