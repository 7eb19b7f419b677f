import type { Translation } from '../translation';
import type { share as english } from '../en/share';

/** Ukrainian strings for printing and for pictures of the view. */
export const share = {
	printSource: 'Джерело: {source}'
} satisfies Translation<typeof english>;
