import type { Translation } from '../translation';
import type { share as english } from '../en/share';

/** Arabic strings for printing and for pictures of the view. */
export const share = {
	printSource: 'المصدر: {source}'
} satisfies Translation<typeof english>;
