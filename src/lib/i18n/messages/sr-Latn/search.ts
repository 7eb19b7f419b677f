import type { Translation } from '../translation';
import type { search as english } from '../en/search';

/** Serbian (Latin) strings of search, filters and the category legend. */
export const search = {
	search_label: 'Pretraga događaja',
	search_placeholder: 'Reči, imena, mesta ili oznake',
	search_matches: 'Događaji koji odgovaraju pretrazi: {matched} od {total}',
	search_preparing: 'Priprema se pretraga…',
	search_clearFilters: 'Poništi filtere',
	search_severalActors: 'Više učesnika ({count})',
	search_moreFilters: 'Još filtera',
	search_actors: 'Učesnici',
	search_categories: 'Kategorije',
	search_tags: 'Oznake',
	search_places: 'Izabrana mesta: {count}',
	search_onlyThesePlaces: 'Prikaži samo ova mesta',
	search_legend: 'Kategorije na vremenskoj liniji i mapi',
	search_mixed: 'Više kategorija na jednom mestu',
	search_noCategory: 'Bez kategorije'
} satisfies Translation<typeof english>;
