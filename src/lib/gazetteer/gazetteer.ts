/**
 * The offline gazetteer: parses static/gazetteer/places.tsv once and looks names up by their
 * folded form, ranking places of the same name by population and saying when a name is
 * ambiguous. Pure: loading the file is `loadGazetteer`'s job.
 */

import { foldName, transliterations } from './foldName';

export interface GazetteerPlace {
	name: string;
	/** ISO 3166-1 alpha-2 (Kosovo: XK). */
	country: string;
	population: number;
	lat: number;
	lon: number;
	alternates: string[];
}

export interface PlaceLookup {
	/** The most populous place of that name, or null. */
	match: GazetteerPlace | null;
	/** True when more than one place carries the name. */
	ambiguous: boolean;
	/** Every place of that name, most populous first (at most `MAX_CANDIDATES`). */
	candidates: GazetteerPlace[];
}

export const MAX_CANDIDATES = 10;

export interface Gazetteer {
	size: number;
	lookupPlace(name: string): PlaceLookup;
}

/** Builds the index from the TSV text: one pass, one map entry per distinct folded name. */
export function parseGazetteer(text: string): Gazetteer {
	const places: GazetteerPlace[] = [];
	const index = new Map<string, GazetteerPlace[]>();
	for (const line of text.split('\n')) {
		const [name, country, population, lat, lon, alternates = ''] = line.split('\t');
		if (!name || !country) continue;
		const place: GazetteerPlace = {
			name,
			country,
			population: Number(population) || 0,
			lat: Number(lat),
			lon: Number(lon),
			alternates: alternates ? alternates.split('|') : []
		};
		places.push(place);
		for (const key of new Set([name, ...place.alternates].map(foldName))) {
			const list = index.get(key);
			if (list) list.push(place);
			else index.set(key, [place]);
		}
	}
	const find = (key: string) => index.get(key) ?? [];
	return {
		size: places.length,
		lookupPlace(query: string): PlaceLookup {
			const [namePart, countryPart] = query.split(/,\s*(?=[A-Za-z]{2}\s*$)/);
			let found = find(foldName(namePart));
			for (const spelling of found.length ? [] : transliterations(namePart)) {
				found = find(spelling);
				if (found.length) break;
			}
			if (countryPart) {
				const country = countryPart.trim().toUpperCase();
				found = found.filter((place) => place.country === country);
			}
			const candidates = [...found]
				.sort((a, b) => b.population - a.population)
				.slice(0, MAX_CANDIDATES);
			return { match: candidates[0] ?? null, ambiguous: found.length > 1, candidates };
		}
	};
}

/** "Prishtina, XK, 42.67, 21.17": how a match is named in warnings. */
export function describePlace(place: GazetteerPlace): string {
	return `${place.name}, ${place.country}, ${place.lat.toFixed(2)}, ${place.lon.toFixed(2)}`;
}
