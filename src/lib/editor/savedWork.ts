import type { EditableFile } from './editableFile';

/** The one key the editor writes; the viewer and the embed write nothing at all. */
export const WORK_KEY = 'chronomap-editor-work';

export interface SavedWork {
	savedAt: number;
	file: EditableFile;
}

/** The work kept in this browser, or null when there is none or it does not read. */
export function readWork(storage: Pick<Storage, 'getItem'> | null): SavedWork | null {
	try {
		const text = storage?.getItem(WORK_KEY);
		if (!text) return null;
		const value = JSON.parse(text) as Partial<SavedWork>;
		const file = value.file as Record<string, unknown> | undefined;
		if (typeof value.savedAt !== 'number' || !file || typeof file !== 'object') return null;
		if (!Array.isArray(file.events) || !Array.isArray(file.places)) return null;
		return { savedAt: value.savedAt, file: file as EditableFile };
	} catch {
		return null;
	}
}

/** Keeps the work; false when storage is off or full (the editor then says nothing is kept). */
export function writeWork(
	storage: Pick<Storage, 'setItem'> | null,
	file: EditableFile,
	savedAt: number
): boolean {
	try {
		storage?.setItem(WORK_KEY, JSON.stringify({ savedAt, file }));
		return storage !== null;
	} catch {
		return false;
	}
}

export function clearWork(storage: Pick<Storage, 'removeItem'> | null) {
	try {
		storage?.removeItem(WORK_KEY);
	} catch {
		// Storage that refuses to remove holds nothing we could restore either.
	}
}

/** The page's localStorage, or null where the browser refuses it (private modes, policies). */
export function browserStorage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}
