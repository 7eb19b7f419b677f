import type { Translation } from '../translation';
import type { story as english } from '../en/story';

/** Macedonian strings for the story panel. */
export const story = {
	storyLabel: 'Приказна',
	storyStepOf: 'Чекор {n} од {total}',
	storyPrevious: 'Претходен',
	storyNext: 'Следен',
	storyBack: 'Назад кон приказната',
	storySteps: 'Чекори',
	storyStart: 'Започни ја приказната',
	storyMedia: 'Медиуми: {label}',
	storyFiltersCleared: 'Филтрите се исчистени за да се прикаже настанот од чекорот.',
	storyUnknownStep: 'Во оваа приказна нема чекор „{value}“.'
} satisfies Translation<typeof english>;
