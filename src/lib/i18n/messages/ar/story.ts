import type { Translation } from '../translation';
import type { story as english } from '../en/story';

/** Arabic strings for the story panel. */
export const story = {
	storyLabel: 'القصة',
	storyStepOf: 'الخطوة {n} من {total}',
	storyPrevious: 'السابق',
	storyNext: 'التالي',
	storyBack: 'العودة إلى القصة',
	storySteps: 'الخطوات',
	storyStart: 'ابدأ القصة',
	storyMedia: 'وسائط: {label}',
	storyFiltersCleared: 'أُزيلت عوامل التصفية ليظهر حدث هذه الخطوة.',
	storyUnknownStep: 'لا توجد خطوة «{value}» في هذه القصة.'
} satisfies Translation<typeof english>;
