import type { Translation } from '../translation';
import type { map as english } from '../en/map';

/** Arabic strings of the map: markers, clusters, controls and legend. Plural keys end in an Intl.PluralRules category. */
export const map = {
	mapLabel: 'خريطة أماكن الأحداث',
	placeEvents_zero: '{name}، لا أحداث',
	placeEvents_one: '{name}، حدث واحد',
	placeEvents_two: '{name}، حدثان',
	placeEvents_few: '{name}، {count} أحداث',
	placeEvents_many: '{name}، {count} حدثًا',
	placeEvents_other: '{name}، {count} حدث',
	clusterPlaces: 'عدد الأماكن: {count} ({names}). كبّر الخريطة للفصل بينها',
	resetView: 'العرض الأصلي',
	outsideView: 'خارج هذا العرض',
	showPlace: 'عرض {name} على الخريطة',
	eventsAt: 'أحداث في: {names}',
	closePanel: 'إغلاق',
	legend: 'مفتاح الخريطة',
	natoMembers: 'الدول الأعضاء في الناتو',
	natoOn: 'في {date}',
	occupied: 'تحتلها روسيا منذ 2014',
	claimed: 'مناطق تدّعي روسيا أنها ضمّتها في 2022',
	markerKey: 'الأماكن',
	markerActive: 'أحداث حتى هذا التاريخ',
	markerLater: 'لاحقًا',
	markerSelected: 'المحدد',
	countryNote_XKX:
		'أعلنت كوسوفو استقلالها عن صربيا في 2008؛ ووضعها موضع خلاف: لا تعترف بها صربيا وعدد من الدول الأعضاء في الأمم المتحدة.',
	countryNote_CYP:
		'يخضع شمال قبرص منذ 1974 لإدارة القبارصة الأتراك؛ ولا تعترف بالدولة المعلنة هناك إلا تركيا.',
	basemapCredit: 'الحدود: Natural Earth',
	tilesCredit: '© المساهمون في OpenStreetMap'
} satisfies Translation<typeof english>;
