import type { Translation } from '../translation';
import type { embed as english } from '../en/embed';

/** Albanian strings of the embed: gesture hints and full screen. */
export const embed = {
	gestureHint_map_wheel: 'Për të zmadhuar hartën, rrotulloni duke mbajtur {key}',
	gestureHint_map_touch: 'Për të lëvizur hartën, përdorni dy gishta',
	gestureHint_timeline_wheel: 'Për të zmadhuar vijën kohore, rrotulloni duke mbajtur {key}',
	gestureHint_timeline_touch: 'Për të zmadhuar vijën kohore, përdorni dy gishta',
	embedGreedy: 'Rrota pa tast dhe një gisht lëvizin hartën (faqja nuk rrotullohet mbi të)',
	fullscreenEnter: 'Ekran i plotë',
	fullscreenExit: 'Dil nga ekrani i plotë',
	fullscreenNewTab: 'Ekran i plotë (hapet në skedë të re)'
} satisfies Translation<typeof english>;
