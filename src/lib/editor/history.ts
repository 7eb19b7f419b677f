/** Undo and redo over immutable snapshots: each change keeps the state before it. */
export interface History<T> {
	readonly past: readonly T[];
	readonly present: T;
	readonly future: readonly T[];
}

/** How many steps back undo reaches; older ones are forgotten so memory stays bounded. */
export const HISTORY_LIMIT = 200;

export function startHistory<T>(present: T): History<T> {
	return { past: [], present, future: [] };
}

/** Makes `next` the present; the old present becomes undoable and any redo is dropped. */
export function record<T>(history: History<T>, next: T, limit = HISTORY_LIMIT): History<T> {
	if (next === history.present) return history;
	const past = [...history.past, history.present];
	return { past: past.slice(Math.max(0, past.length - limit)), present: next, future: [] };
}

export function undo<T>(history: History<T>): History<T> {
	const previous = history.past.at(-1);
	if (history.past.length === 0) return history;
	return {
		past: history.past.slice(0, -1),
		present: previous as T,
		future: [history.present, ...history.future]
	};
}

export function redo<T>(history: History<T>): History<T> {
	if (history.future.length === 0) return history;
	const [next, ...future] = history.future;
	return { past: [...history.past, history.present], present: next, future };
}
