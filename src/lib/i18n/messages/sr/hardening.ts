import type { Translation } from '../translation';
import type { hardening as english } from '../en/hardening';

/** Serbian (Cyrillic) strings of the embed's safety notices. */
export const hardening = {
	embedOriginClosed:
		'Овај уграђени приказ не комуницира ни са једном страницом: origin= не садржи употребљиво порекло ({values}), па занемарује команде и не шаље поруке.',
	tilesFromOsm: 'Плочице мапе: OpenStreetMap'
} satisfies Translation<typeof english>;
