import type { Translation } from '../translation';
import type { actorSearch as english } from '../en/actorSearch';

/** Arabic strings of the actor search (datasets with many actors). */
export const actorSearch = {
	actorSearchPlaceholder: 'اكتب اسمًا',
	actorMatches: 'الأطراف المطابقة: {count}',
	actorMatchesFirst: 'الأطراف المطابقة: {count}؛ تظهر أول {shown} منها، اكتب المزيد لتضييق البحث',
	actorChosen: 'المعروض فقط: {actor}'
} satisfies Translation<typeof english>;
