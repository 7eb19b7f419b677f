/** Arabic strings of the editor's place search (the shipped gazetteer). */
import type { Translation } from '../translation';
import type { placeSearch as english } from '../en/placeSearch';

export const placeSearch = {
	placeSearchHeading: 'البحث عن مكان',
	placeSearchName: 'اسم المكان',
	placeSearchButton: 'بحث',
	placeSearchLoading: 'جارٍ تحميل قائمة الأماكن…',
	placeSearchReady: 'قائمة الأماكن جاهزة: {count}.',
	placeSearchFailed: 'تعذّر تحميل قائمة الأماكن: {reason}',
	placeSearchNone: 'لا يوجد مكان باسم «{name}» في القائمة.',
	placeSearchFound: 'أماكن باسم «{name}»: {count}، الأكبر أولًا.',
	placeSearchAdd: 'إضافة',
	placeSearchAddLabel: 'إضافة {place} إلى الأماكن',
	placeSearchAdded: 'أُضيف «{name}» إلى الأماكن.',
	placeSearchExists: '«{name}» موجود بالفعل بين الأماكن.'
} satisfies Translation<typeof english>;
