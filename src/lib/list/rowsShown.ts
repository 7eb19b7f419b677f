/** Up to this many rows, a list draws every row: the page stays complete for search and readers. */
export const ALL_ROWS_UP_TO = 2_000;
/** Above that, a list draws this many rows at first and this many more at each "show more". */
export const ROWS_PAGE = 200;

/**
 * How many of `total` rows a list draws when `requested` have been asked for: all of them up to
 * ALL_ROWS_UP_TO, so paging only starts where drawing every row would cost seconds of layout.
 */
export function rowsShown(total: number, requested: number): number {
	return total <= ALL_ROWS_UP_TO ? total : Math.min(total, Math.max(requested, ROWS_PAGE));
}

/**
 * Calls `showAll` before the page is printed, so a paged list prints whole; returns the
 * mirror-image teardown.
 */
export function beforePrinting(showAll: () => void): () => void {
	addEventListener('beforeprint', showAll);
	return () => removeEventListener('beforeprint', showAll);
}
