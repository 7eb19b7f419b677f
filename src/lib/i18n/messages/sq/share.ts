import type { Translation } from '../translation';
import type { share as english } from '../en/share';

/** Albanian strings for printing and for pictures of the view. */
export const share = {
	printSource: 'Burimi: {source}'
} satisfies Translation<typeof english>;
