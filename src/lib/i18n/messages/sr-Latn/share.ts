import type { Translation } from '../translation';
import type { share as english } from '../en/share';

/** Serbian (Latin) strings for printing and for pictures of the view. */
export const share = {
	printSource: 'Izvor: {source}'
} satisfies Translation<typeof english>;
