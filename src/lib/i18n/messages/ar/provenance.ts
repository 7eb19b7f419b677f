import type { Translation } from '../translation';
import type { provenance as english } from '../en/provenance';

/** Arabic strings of provenance: sources, verification badges, the update log, "Get the data" and foreign data. */
export const provenance = {
	sources: 'المصادر',
	archivedCopy: 'نسخة مؤرشفة',
	accessedOn: 'اطُّلع عليه في {date}',
	verifiedConfirmed: 'مؤكَّد',
	verifiedUnconfirmed: 'غير مؤكَّد',
	verifiedDisputed: 'متنازع عليه',
	verifiedConfirmedHint: 'تؤكد ذلك مصادر أخرى غير المقال.',
	verifiedUnconfirmedHint: 'لم يرد هذا إلا في المقال؛ ولم يُعثر على مصدر آخر.',
	verifiedDisputedHint: 'مصادر أخرى تناقض ذلك.',
	aboutData: 'عن البيانات',
	updatedOn: 'آخر تحديث {date}',
	changeLog: 'التصحيحات والتغييرات',
	license: 'الترخيص: {license}',
	reportError: 'الإبلاغ عن خطأ',
	note: 'ملاحظة',
	dataFromHost: 'بيانات من {host}',
	dataFromFile: 'بيانات من ملف محلي',
	dataNotPublisher: 'لم ينشرها هذا الموقع',
	getData: 'تنزيل البيانات',
	downloadJson: 'Chronomap JSON',
	downloadCsv: 'CSV لجداول البيانات',
	downloadCount: 'الأحداث المعروضة: {shown} من {total}',
	embedForeignData:
		'يحمّل هذا الرمز بيانات من {host} لم ينشرها هذا الموقع. سيرى قرّاء العرض المضمَّن «بيانات من {host}».',
	embedForeignConfirm: 'ضع عنوان البيانات هذا في الرمز'
} satisfies Translation<typeof english>;
