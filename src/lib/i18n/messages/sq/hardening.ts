import type { Translation } from '../translation';
import type { hardening as english } from '../en/hardening';

/** Albanian strings of the embed's safety notices. */
export const hardening = {
	embedOriginClosed:
		'Kjo pamje e ngulitur nuk komunikon me asnjë faqe: origin= nuk përmban asnjë origjinë të vlefshme ({values}), prandaj i shpërfill komandat dhe nuk dërgon mesazhe.',
	tilesFromOsm: 'Pllakat e hartës nga OpenStreetMap'
} satisfies Translation<typeof english>;
