import type { Translation } from '../translation';
import type { search as english } from '../en/search';

/** Arabic strings of search, filters and the category legend. */
export const search = {
	search_label: 'ابحث في الأحداث',
	search_placeholder: 'كلمات أو أسماء أو أماكن أو وسوم',
	search_matches: 'الأحداث المطابقة: {matched} من {total}',
	search_preparing: 'جارٍ تجهيز البحث…',
	search_clearFilters: 'مسح عوامل التصفية',
	search_severalActors: 'عدة أطراف ({count})',
	search_moreFilters: 'عوامل تصفية أخرى',
	search_actors: 'الأطراف',
	search_categories: 'الفئات',
	search_tags: 'الوسوم',
	search_places: 'الأماكن المختارة: {count}',
	search_onlyThesePlaces: 'اعرض هذه الأماكن فقط',
	search_legend: 'الفئات على الخط الزمني والخريطة',
	search_mixed: 'عدة فئات في مكان واحد',
	search_noCategory: 'بلا فئة'
} satisfies Translation<typeof english>;
