import type { Translation } from '../translation';
import type { embed as english } from '../en/embed';

/** Macedonian strings of the embed: gesture hints and full screen. */
export const embed: Translation<typeof english> = {
	gestureHint_map_wheel: 'За зумирање на картата, лизгајте со притиснато копче {key}',
	gestureHint_map_touch: 'Користете два прста за да ја поместите картата',
	gestureHint_timeline_wheel:
		'За зумирање на временската линија, лизгајте со притиснато копче {key}',
	gestureHint_timeline_touch: 'Користете два прста за да ја зумирате временската линија',
	embedGreedy:
		'Тркалцето без копчиња и еден прст ја движат картата (страницата не се лизга над неа)',
	fullscreenEnter: 'Цел екран',
	fullscreenExit: 'Излез од цел екран',
	fullscreenNewTab: 'Цел екран (се отвора во нова картичка)'
};
