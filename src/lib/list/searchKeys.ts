/** How long typing pauses before the search runs: one update per pause, not per key. */
export const SEARCH_DEBOUNCE_MS = 100;

/** Whether a key goes to something that takes text, where "/" is a character, not a shortcut. */
export function isTypingIn(target: EventTarget | null): boolean {
	if (!target || typeof (target as Element).closest !== 'function') return false;
	const element = target as HTMLElement;
	if (element.isContentEditable) return true;
	const field = element.closest('input, textarea, select');
	if (!field) return false;
	const type = field instanceof HTMLInputElement ? field.type : '';
	return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(
		type
	);
}
