import { parseCalendarDate, type DateParse } from '$lib/time/calendarDate';

/**
 * Values that many rows of one file repeat, read once and then shared by every row that has them:
 * a file's events fall on far fewer dates than there are events, and many name the same places.
 * Sharing saves reading each again, and the worker's hand-over of a large file copies a shared
 * value once, not once per event. Nothing in the app changes a dataset's dates or place lists.
 */
export class SharedReads {
	#dates = new Map<string, DateParse>();
	#placeLists = new Map<string, string[]>();

	/** `parseCalendarDate(text)`, read once per distinct text. */
	date(text: string): DateParse {
		let parsed = this.#dates.get(text);
		if (!parsed) {
			parsed = parseCalendarDate(text);
			this.#dates.set(text, parsed);
		}
		return parsed;
	}

	/** The list of place ids `ids` is equal to, the first time such a list came. */
	places(ids: string[]): string[] {
		const key = ids.length === 1 ? ids[0] : ids.join('\u0000');
		const known = this.#placeLists.get(key);
		if (!known) {
			this.#placeLists.set(key, ids);
			return ids;
		}
		// Ids may hold the separator: only a list equal id for id is shared.
		if (known.length !== ids.length) return ids;
		for (let at = 0; at < ids.length; at++) if (known[at] !== ids[at]) return ids;
		return known;
	}
}
