import type { Translation } from '../translation';
import type { embed as english } from '../en/embed';

/** Serbian (Latin) strings of the embed: gesture hints and full screen. */
export const embed = {
	gestureHint_map_wheel: 'Da biste zumirali mapu, skrolujte uz taster {key}',
	gestureHint_map_touch: 'Da biste pomerili mapu, koristite dva prsta',
	gestureHint_timeline_wheel: 'Da biste zumirali vremensku liniju, skrolujte uz taster {key}',
	gestureHint_timeline_touch: 'Da biste zumirali vremensku liniju, koristite dva prsta',
	embedGreedy: 'Točkić bez tastera i jedan prst pomeraju mapu (stranica se iznad nje ne pomera)',
	fullscreenEnter: 'Ceo ekran',
	fullscreenExit: 'Izađi iz prikaza preko celog ekrana',
	fullscreenNewTab: 'Ceo ekran (otvara se u novoj kartici)'
} satisfies Translation<typeof english>;
