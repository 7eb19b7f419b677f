import type { Translation } from '../translation';
import type { viewTools as english } from '../en/viewTools';

/** Arabic strings for the view's tools: the menu they fold into and "Download image". */
export const viewTools = {
	toolsMenu: 'الأدوات',
	downloadImage: 'تنزيل صورة',
	downloadTimelineSvg: 'الخط الزمني بصيغة SVG',
	downloadFailed: 'تعذّر إنشاء الصورة: {reason}',
	downloadsBlocked: 'تنزيل صورة (يفتح الصفحة الكاملة)',
	imageDate: 'حتى {date}',
	imageSource: 'المصدر: {source}'
} satisfies Translation<typeof english>;
