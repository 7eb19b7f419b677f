import type { Translation } from '../translation';
import type { story as english } from '../en/story';

/** Ukrainian strings for the story panel. */
export const story = {
	storyLabel: 'Історія',
	storyStepOf: 'Крок {n} з {total}',
	storyPrevious: 'Попередній',
	storyNext: 'Наступний',
	storyBack: 'Повернутися до історії',
	storySteps: 'Кроки',
	storyStart: 'Почати історію',
	storyMedia: 'Медіа: {label}',
	storyFiltersCleared: 'Фільтри скинуто, щоб показати подію цього кроку.',
	storyUnknownStep: 'У цій історії немає кроку «{value}».'
} satisfies Translation<typeof english>;
