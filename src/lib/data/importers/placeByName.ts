/**
 * Places a row that names a place but gives no coordinates, through the offline gazetteer, and
 * words the warning that says which place was chosen ("'Pristina' placed at Pristina, XK, 42.67,
 * 21.17"); an ambiguous name takes the most populous place and says so.
 */

import { describePlace, type PlaceLookup } from '$lib/gazetteer/gazetteer';

/** Looks a place name up; the importers take it as an option so they work without a gazetteer. */
export type LookupPlace = (name: string) => PlaceLookup;

/** The words the CSV importer uses for a name it cannot place, so callers can offer the gazetteer. */
export const UNPLACED = 'has no lat and lon on any line, so it cannot be placed';

export interface PlacedByName {
	lat: number;
	lon: number;
	warning: string;
}

/** The gazetteer's place for `name`, with the warning to show, or null when it has none. */
export function placeByName(name: string, lookup: LookupPlace): PlacedByName | null {
	const { match, ambiguous, candidates } = lookup(name);
	if (!match) return null;
	let warning = `'${name}' placed at ${describePlace(match)} from the gazetteer`;
	if (ambiguous) {
		const others = candidates
			.slice(1, 4)
			.map((place) => `${place.name}, ${place.country}`)
			.join('; ');
		warning += `; the name is ambiguous, so the most populous place was chosen (others: ${others})`;
	}
	return { lat: match.lat, lon: match.lon, warning };
}
