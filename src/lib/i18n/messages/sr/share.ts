import type { Translation } from '../translation';
import type { share as english } from '../en/share';

/** Serbian (Cyrillic) strings for printing and for pictures of the view. */
export const share = {
	printSource: 'Извор: {source}'
} satisfies Translation<typeof english>;
