/**
 * Fetches the shipped gazetteer from the app's own origin on first use, once per page (or
 * worker). Only the editor and imports that meet a place without coordinates call it, so no
 * other view pays for the file.
 */

import { parseGazetteer, type Gazetteer, type PlaceLookup } from './gazetteer';

export const GAZETTEER_PATH = '/gazetteer/places.tsv';

const cache = new Map<string, Promise<Gazetteer>>();

/** The gazetteer at `base` + `GAZETTEER_PATH`; a failed load is not cached, so it can be retried. */
export function loadGazetteer(base = '', fetchText = defaultFetch): Promise<Gazetteer> {
	const url = `${base}${GAZETTEER_PATH}`;
	let loading = cache.get(url);
	if (!loading) {
		loading = fetchText(url).then(parseGazetteer);
		loading.catch(() => cache.delete(url));
		cache.set(url, loading);
	}
	return loading;
}

async function defaultFetch(url: string): Promise<string> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`the gazetteer could not be loaded (${response.status})`);
	return response.text();
}

/** Looks a name up in the shipped gazetteer, fetching it on the first call. */
export async function lookupPlace(name: string, base = ''): Promise<PlaceLookup> {
	return (await loadGazetteer(base)).lookupPlace(name);
}
