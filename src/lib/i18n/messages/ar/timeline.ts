import type { Translation } from '../translation';
import type { timeline as english } from '../en/timeline';

/** Arabic strings of the timeline. Keys start with `timeline_` so no other part can shadow them. */
export const timeline = {
	timeline_name: 'الخط الزمني',
	timeline_currentTime: 'الوقت الحالي',
	timeline_zoomIn: 'تكبير',
	timeline_zoomOut: 'تصغير',
	timeline_fitAll: 'عرض الكل',
	timeline_play: 'تشغيل',
	timeline_pause: 'إيقاف مؤقت',
	timeline_speed: 'سرعة التشغيل',
	timeline_legend: 'المفتاح',
	timeline_eras: 'الفترات',
	timeline_marks: 'الأحداث في العرض',
	timeline_density: 'الأحداث في العرض: {count}. كبّر لرؤية كل حدث.',
	timeline_markName: '{title}، {date}',
	timeline_moreMarks: '+{count} أخرى هنا: كبّر لرؤية كل حدث'
} satisfies Translation<typeof english>;
