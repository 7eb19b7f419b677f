/**
 * The timeline's marks are one stop for Tab (a roving tab stop): a reader tabs into them once,
 * moves between them with the arrow keys, and tabs on out, rather than tabbing through hundreds
 * of marks to reach the map. Time runs left to right in every language, so the keys follow the
 * screen, as the time slider's do: ArrowRight and ArrowUp go to the next mark in time.
 */

/** The mark Tab reaches: the one last focused, while it is in view; else the selected one; else the first. */
export function markTabStop(
	ids: readonly string[],
	focused: string | null,
	selected: string | null
): string | null {
	if (focused !== null && ids.includes(focused)) return focused;
	if (selected !== null && ids.includes(selected)) return selected;
	return ids[0] ?? null;
}

/**
 * The mark a key moves to from `current` (`ids` in time order), or null when the key is not
 * one that moves or there is no mark that way: the ends do not wrap round.
 */
export function markForKey(ids: readonly string[], current: string, key: string): string | null {
	const at = ids.indexOf(current);
	if (at < 0) return null;
	let to: number;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowUp':
			to = at + 1;
			break;
		case 'ArrowLeft':
		case 'ArrowDown':
			to = at - 1;
			break;
		case 'Home':
			to = 0;
			break;
		case 'End':
			to = ids.length - 1;
			break;
		default:
			return null;
	}
	return to === at || to < 0 || to >= ids.length ? null : ids[to];
}
