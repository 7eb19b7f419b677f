import type { SearchIndex } from './searchIndex';
import { indexEvents, type SearchableDataset } from './eventSearchText';
import { MAIN_THREAD_EVENTS, indexInBackground } from './indexInBackground';

/**
 * The search index of one dataset for one reader's language, built once, on demand: at once on
 * the main thread for a small dataset, in the background for a large one. `index` is null
 * until one for the dataset is ready; asking again for the same dataset and language does nothing.
 */
export class SearchIndexer {
	#index = $state.raw<SearchIndex | null>(null);
	#dataset: SearchableDataset | null = null;
	#language = '';
	#building: AbortController | null = null;

	get index() {
		return this.#index;
	}

	/** True once an index was asked for this dataset (built or on its way). */
	get started() {
		return this.#dataset !== null;
	}

	prepare(dataset: SearchableDataset, language: string) {
		if (dataset === this.#dataset && language === this.#language) return;
		// A new language keeps the old index answering (it folds queries its own way) until the new one is in.
		const keep = dataset === this.#dataset ? this.#index : null;
		this.reset();
		this.#index = keep;
		this.#dataset = dataset;
		this.#language = language;
		if (dataset.events.length <= MAIN_THREAD_EVENTS) {
			this.#index = indexEvents(dataset, language);
			return;
		}
		const building = (this.#building = new AbortController());
		void indexInBackground(dataset, language, building.signal).then((index) => {
			if (index && !building.signal.aborted) this.#index = index;
			if (this.#building === building) this.#building = null;
		});
	}

	/** Forgets the index and stops any build under way. */
	reset() {
		this.#building?.abort();
		this.#building = null;
		this.#dataset = null;
		this.#language = '';
		this.#index = null;
	}
}
