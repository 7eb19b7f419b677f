import type { Translation } from '../translation';
import type { mapping as english } from '../en/mapping';

/** Arabic strings of the column-mapping step (a table whose columns Chronomap does not know). */
export const mapping = {
	mappingHeading: 'ماذا يحوي كل عمود؟',
	mappingIntro:
		'«{name}» جدول لا يعرف Chronomap أعمدته. اختر العمود المناسب لكل حقل؛ تعرض المعاينة الصفوف الأولى كما ستُقرأ.',
	mappingIntroDates:
		'«{name}» فيه العمودان title وdate، لكن لا تاريخ فيه مكتوب كما يكتبه Chronomap ‏(2023-11-21). اختر كيف كُتبت التواريخ؛ تعرض المعاينة الصفوف الأولى كما ستُقرأ.',
	mappingSavedUsed: 'مُلئت الحقول من مطابقة الأعمدة المحفوظة في القصة المفتوحة.',
	mappingTitle: 'العنوان',
	mappingTemplate: 'قالب العنوان (اختياري)',
	mappingTemplateHint:
		'أسماء الأعمدة بين أقواس معقوصة، مثل {example}. إن كُتب يُستعمل بدلًا من عمود العنوان.',
	mappingDate: 'التاريخ',
	mappingDateForm: 'طريقة كتابة التواريخ',
	mappingFormIso: 'ISO ‏(2023-11-21)',
	mappingFormDmy: 'يوم-شهر-سنة (21-11-2023)',
	mappingFormMdy: 'شهر-يوم-سنة (11-21-2023)',
	mappingFormWords: 'بالكلمات الإنجليزية (21 November 2023)',
	mappingFormEpochSeconds: 'ثوانٍ منذ 1970 ‏(1700562900)',
	mappingFormEpoch: 'أجزاء الألف من الثانية منذ 1970 ‏(1700562900000)',
	mappingEnd: 'تاريخ الانتهاء',
	mappingTime: 'الوقت',
	mappingOffset: 'سُجّلت الأوقات بتوقيت',
	mappingOffsetNone: 'غير معروف: ما لا فرق توقيت له يُحفظ يومه فقط',
	mappingUnplacedTimes:
		'بعض الأوقات بلا فرق توقيت خاص بها عن UTC: اختر التوقيت الذي سُجّلت به، وإلا فستُحفظ أيامها فقط.',
	mappingUnread: 'أعمدة لن تُقرأ: {columns}',
	mappingPlace: 'اسم المكان',
	mappingLat: 'خط العرض',
	mappingLon: 'خط الطول',
	mappingActor: 'الفاعل',
	mappingCategory: 'الفئة',
	mappingTags: 'الوسوم',
	mappingNote: 'ملاحظة',
	mappingSource: 'رابط المصدر',
	mappingNone: '(لا شيء)',
	mappingPreview: 'الصفوف الأولى كما ستُقرأ',
	mappingDateRead: 'التاريخ كما قُرئ',
	mappingBadDate: '«{value}» ليس تاريخًا مكتوبًا بهذه الطريقة',
	mappingProblems: 'لا يمكن تطبيق هذه المطابقة بعد:',
	mappingNoColumn: '{field}: لا يحوي الجدول عمودًا باسم «{column}».',
	mappingNoPlaceholder:
		'{field}: لا يذكر القالب أي عمود؛ اكتب اسمه بين أقواس معقوصة، مثل {example}.',
	mappingHalfCoordinates: 'اختر عمودَي خط العرض وخط الطول معًا، أو لا تختر أيًّا منهما.',
	mappingApply: 'تطبيق',
	mappingCancel: 'إلغاء',
	mappingApplying: 'يُقرأ الجدول بهذه المطابقة…'
} satisfies Translation<typeof english>;
