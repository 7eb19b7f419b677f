import type { Translation } from '../translation';
import type { data as english } from '../en/data';

/** Arabic strings of opening a data file: the button, the drop target, progress and the no-places note. */
export const data = {
	openFile: 'فتح ملف',
	openFileHint:
		'معاينة بياناتك الخاصة: Chronomap JSON أو CSV أو TimelineJS أو GeoJSON أو KML أو GPX. لا يُرفع أي شيء إلى خادم.',
	dropFile: 'أفلت الملف لمعاينته',
	downloading: 'جارٍ تنزيل البيانات',
	reading: 'جارٍ قراءة {name}',
	parsing: 'جارٍ التحقق من البيانات',
	loadedBytes: '{loaded}',
	loadedBytesOf: '{loaded} من {total}',
	opened: 'فُتح الملف {name}: عدد الأحداث {count}.',
	openFailed: 'تعذّر فتح {name}: {reason}',
	noPlaces: 'لم تُحدَّد أماكن لهذه الأحداث، لذلك لا تعرضها الخريطة.'
} satisfies Translation<typeof english>;
