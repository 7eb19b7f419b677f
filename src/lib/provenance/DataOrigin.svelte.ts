import { createContext } from 'svelte';

/** Where the shown data came from: the publisher's own, another host, or a reader's file. */
export type DataSource = { kind: 'own' } | { kind: 'remote'; host: string } | { kind: 'file' };

/**
 * Which data is the publisher's own. Data from `?data=` on another origin (not allowlisted)
 * or from an opened file is labelled as such wherever it could pass for the publisher's words.
 */
export class DataOrigin {
	#source = $state.raw<DataSource>({ kind: 'own' });
	#address = $state.raw<string | undefined>(undefined);

	get source() {
		return this.#source;
	}
	get foreign() {
		return this.#source.kind !== 'own';
	}

	/** The data file's address, which media paths are relative to; none for an opened file. */
	get address() {
		return this.#address;
	}

	set(source: DataSource, address?: string) {
		this.#source = source;
		this.#address = address;
	}
}

export const [getDataOrigin, setDataOrigin] = createContext<DataOrigin>();
