import type { Translation } from '../translation';
import type { embed as english } from '../en/embed';

/** Arabic strings of the embed: gesture hints and full screen. */
export const embed = {
	gestureHint_map_wheel: 'لتكبير الخريطة، مرّر مع الضغط على {key}',
	gestureHint_map_touch: 'لتحريك الخريطة، استخدم إصبعين',
	gestureHint_timeline_wheel: 'لتكبير الخط الزمني، مرّر مع الضغط على {key}',
	gestureHint_timeline_touch: 'لتكبير الخط الزمني، استخدم إصبعين',
	embedGreedy: 'عجلة الفأرة وحدها وإصبع واحد يحرّكان الخريطة (لا تُمرَّر الصفحة فوقها)',
	fullscreenEnter: 'ملء الشاشة',
	fullscreenExit: 'الخروج من ملء الشاشة',
	fullscreenNewTab: 'ملء الشاشة (يُفتح في علامة تبويب جديدة)'
} satisfies Translation<typeof english>;
