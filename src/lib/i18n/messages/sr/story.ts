import type { Translation } from '../translation';
import type { story as english } from '../en/story';

/** Serbian (Cyrillic) strings for the story panel. */
export const story = {
	storyLabel: 'Прича',
	storyStepOf: 'Корак {n} од {total}',
	storyPrevious: 'Претходни',
	storyNext: 'Следећи',
	storyBack: 'Назад на причу',
	storySteps: 'Кораци',
	storyStart: 'Почни причу',
	storyMedia: 'Медији: {label}',
	storyFiltersCleared: 'Филтери су уклоњени да би се приказао догађај из овог корака.',
	storyUnknownStep: 'У овој причи нема корака „{value}”.'
} satisfies Translation<typeof english>;
