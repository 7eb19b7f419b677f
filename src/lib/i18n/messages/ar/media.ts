import type { Translation } from '../translation';
import type { media as english } from '../en/media';

/** Arabic strings for media beside an event: pictures, players and the image viewer. */
export const media = {
	mediaLabel: 'الوسائط',
	mediaEnlarge: 'تكبير',
	mediaCredit: 'المصدر: {credit}',
	mediaLoadVideo: 'تحميل الفيديو من {provider} — يتصل هذا بـ {host}',
	mediaLoadAudio: 'تحميل الصوت من {provider} — يتصل هذا بـ {host}',
	mediaPlayerTitle: 'مشغّل من {provider}: {label}',
	mediaOpenOn: 'افتح على {host}',
	mediaNewTab: 'يُفتح في علامة تبويب جديدة',
	mediaLoading: 'جارٍ تحميل الوسائط…',
	mediaUnavailable: 'تعذّر تحميل هذه الوسائط.',
	mediaViewer: 'عارض الصور',
	mediaImageOf: 'الصورة {n} من {total}',
	mediaPreviousImage: 'الصورة السابقة',
	mediaNextImage: 'الصورة التالية',
	mediaClose: 'إغلاق'
} satisfies Translation<typeof english>;
