import type { ColumnMapping } from '$lib/data/schema';
import type { TableSample } from '$lib/data/importers/sampleTable';
import type { loadMappingStep, MappingStep } from './loadMappingStep';

/**
 * One question to the reader, asked while a table loads: which of its columns are which of
 * Chronomap's fields? `ask` opens the dialog (the owner renders `step`) and resolves with their
 * mapping, or with null when they cancel or the dialog's code cannot load. `done` closes it once
 * the table has been read through the mapping.
 */
export class MappingRequest {
	step = $state.raw<(MappingStep & { name: string }) | null>(null);
	applying = $state(false);
	#answer: ((mapping: ColumnMapping | null) => void) | null = null;
	readonly #load: typeof loadMappingStep;

	/**
	 * The dialog's code is imported when a table needs it; importing it statically here would make
	 * every page that can ask link the dialog's CSS in its first view.
	 */
	constructor(
		load: typeof loadMappingStep = async (...args) =>
			(await import('./loadMappingStep')).loadMappingStep(...args)
	) {
		this.#load = load;
	}

	ask = async (table: TableSample, name: string): Promise<ColumnMapping | null> => {
		let step: MappingStep;
		try {
			step = await this.#load(table);
		} catch {
			return null;
		}
		// A newer table replaces a question still open: the older load gives up.
		this.#settle(null);
		return new Promise((resolve) => {
			this.#answer = resolve;
			this.step = { ...step, name };
			this.applying = false;
		});
	};

	apply = (mapping: ColumnMapping) => {
		this.applying = true;
		this.#settle(mapping);
	};

	cancel = () => {
		this.#settle(null);
		this.done();
	};

	done() {
		this.step = null;
		this.applying = false;
	}

	#settle(mapping: ColumnMapping | null) {
		const answer = this.#answer;
		this.#answer = null;
		answer?.(mapping);
	}
}
