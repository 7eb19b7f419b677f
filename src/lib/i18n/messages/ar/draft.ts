/** Arabic strings of the article drafter (editor). */
import type { Translation } from '../translation';
import type { draft as english } from '../en/draft';

export const draft = {
	draftHeading: 'مسودة أحداث من مقال',
	draftPrivacy: 'يبقى النص في هذا المتصفح ولا يُرسَل إلى أي مكان.',
	draftArticleText: 'نص المقال',
	draftPublished: 'تاريخ النشر',
	draftArticleTitle: 'عنوان المقال (اختياري)',
	draftAuthor: 'الكاتب (اختياري)',
	draftPublisher: 'الناشر (اختياري)',
	draftUrl: 'رابط المقال (اختياري)',
	draftButton: 'صياغة مسودة الأحداث',
	draftNeedText: 'الصق نص المقال أولًا.',
	draftNeedDate: 'أدخل تاريخ النشر: تُحسب منه عبارات مثل «الخميس الماضي».',
	draftCount: 'المقترحات: {count}. لا يصبح أي شيء بيانات حتى تقبله.',
	draftNone: 'لم يُعثر على أي جملة فيها تاريخ.',
	proposalDate: 'التاريخ',
	proposalTitle: 'العنوان',
	proposalActor: 'الفاعل',
	proposalCarried: 'لا تذكر هذه الجملة تاريخًا: أُخذ التاريخ من جملة سابقة. تحقّق منه.',
	proposalPlaces: 'الأماكن المذكورة: {places}',
	proposalAccept: 'قبول',
	proposalAcceptLabel: 'قبول: {title}',
	proposalDiscard: 'تجاهل',
	proposalDiscardLabel: 'تجاهل: {title}',
	proposalAccepted: 'تم القبول: {title}',
	proposalDiscarded: 'تم التجاهل: {title}',
	proposalLabel: 'مقترح: {title}'
} satisfies Translation<typeof english>;
