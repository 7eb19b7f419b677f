import type { Translation } from '../translation';
import type { embed as english } from '../en/embed';

/** Serbian (Cyrillic) strings of the embed: gesture hints and full screen. */
export const embed = {
	gestureHint_map_wheel: 'Да бисте зумирали мапу, скролујте уз тастер {key}',
	gestureHint_map_touch: 'Да бисте померили мапу, користите два прста',
	gestureHint_timeline_wheel: 'Да бисте зумирали временску линију, скролујте уз тастер {key}',
	gestureHint_timeline_touch: 'Да бисте зумирали временску линију, користите два прста',
	embedGreedy: 'Точкић без тастера и један прст померају мапу (страница се изнад ње не помера)',
	fullscreenEnter: 'Цео екран',
	fullscreenExit: 'Изађи из приказа преко целог екрана',
	fullscreenNewTab: 'Цео екран (отвара се у новој картици)'
} satisfies Translation<typeof english>;
