import type { Translation } from '../translation';
import type { embed as english } from '../en/embed';

/** Ukrainian strings of the embed: gesture hints and full screen. */
export const embed: Translation<typeof english> = {
	gestureHint_map_wheel: 'Щоб змінити масштаб мапи, прокручуйте з натиснутою клавішею {key}',
	gestureHint_map_touch: 'Щоб пересунути мапу, використовуйте два пальці',
	gestureHint_timeline_wheel:
		'Щоб змінити масштаб шкали часу, прокручуйте з натиснутою клавішею {key}',
	gestureHint_timeline_touch: 'Щоб змінити масштаб шкали часу, використовуйте два пальці',
	embedGreedy:
		'Коліщатко без клавіш і один палець рухають мапу (сторінка над нею не прокручується)',
	fullscreenEnter: 'На весь екран',
	fullscreenExit: 'Вийти з повноекранного режиму',
	fullscreenNewTab: 'На весь екран (відкриється в новій вкладці)'
};
