import type { Translation } from '../translation';
import type { hardening as english } from '../en/hardening';

/** Serbian (Latin) strings of the embed's safety notices. */
export const hardening = {
	embedOriginClosed:
		'Ovaj ugrađeni prikaz ne komunicira ni sa jednom stranicom: origin= ne sadrži upotrebljivo poreklo ({values}), pa zanemaruje komande i ne šalje poruke.',
	tilesFromOsm: 'Pločice mape: OpenStreetMap'
} satisfies Translation<typeof english>;
