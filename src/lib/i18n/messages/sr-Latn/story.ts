import type { Translation } from '../translation';
import type { story as english } from '../en/story';

/** Serbian (Latin) strings for the story panel. */
export const story = {
	storyLabel: 'Priča',
	storyStepOf: 'Korak {n} od {total}',
	storyPrevious: 'Prethodni',
	storyNext: 'Sledeći',
	storyBack: 'Nazad na priču',
	storySteps: 'Koraci',
	storyStart: 'Počni priču',
	storyMedia: 'Mediji: {label}',
	storyFiltersCleared: 'Filteri su uklonjeni da bi se prikazao događaj iz ovog koraka.',
	storyUnknownStep: 'U ovoj priči nema koraka „{value}”.'
} satisfies Translation<typeof english>;
