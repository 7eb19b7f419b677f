import type { DatasetFile } from '../src/lib/data/schema';
import { noteText, worldPlaces } from './syntheticWorld';

/** Real places over the Balkans and Ukraine, so synthetic events land where the map is drawn. */
const PLACES: [id: string, name: string, lat: number, lon: number][] = [
	['kyiv', 'Kyiv', 50.45, 30.52],
	['kharkiv', 'Kharkiv', 49.99, 36.23],
	['odesa', 'Odesa', 46.48, 30.72],
	['dnipro', 'Dnipro', 48.46, 35.05],
	['donetsk', 'Donetsk', 48.02, 37.8],
	['zaporizhzhia', 'Zaporizhzhia', 47.84, 35.14],
	['lviv', 'Lviv', 49.84, 24.03],
	['kherson', 'Kherson', 46.64, 32.61],
	['mykolaiv', 'Mykolaiv', 46.98, 31.99],
	['mariupol', 'Mariupol', 47.1, 37.55],
	['luhansk', 'Luhansk', 48.57, 39.31],
	['sumy', 'Sumy', 50.91, 34.8],
	['chernihiv', 'Chernihiv', 51.49, 31.29],
	['poltava', 'Poltava', 49.59, 34.55],
	['vinnytsia', 'Vinnytsia', 49.23, 28.47],
	['bakhmut', 'Bakhmut', 48.6, 38.0],
	['kramatorsk', 'Kramatorsk', 48.74, 37.58],
	['sevastopol', 'Sevastopol', 44.62, 33.53],
	['simferopol', 'Simferopol', 44.95, 34.1],
	['uzhhorod', 'Uzhhorod', 48.62, 22.3],
	['chernivtsi', 'Chernivtsi', 48.29, 25.94],
	['skopje', 'Skopje', 42.0, 21.43],
	['bitola', 'Bitola', 41.03, 21.33],
	['ohrid', 'Ohrid', 41.12, 20.8],
	['sarajevo', 'Sarajevo', 43.86, 18.41],
	['banja-luka', 'Banja Luka', 44.77, 17.19],
	['mostar', 'Mostar', 43.34, 17.81],
	['belgrade', 'Belgrade', 44.79, 20.45],
	['novi-sad', 'Novi Sad', 45.27, 19.83],
	['nis', 'Niš', 43.32, 21.9],
	['pristina', 'Pristina', 42.66, 21.17],
	['mitrovica', 'Mitrovica', 42.89, 20.87],
	['prizren', 'Prizren', 42.21, 20.74],
	['podgorica', 'Podgorica', 42.44, 19.26],
	['tirana', 'Tirana', 41.33, 19.82],
	['durres', 'Durrës', 41.32, 19.45],
	['zagreb', 'Zagreb', 45.81, 15.98],
	['split', 'Split', 43.51, 16.44],
	['ljubljana', 'Ljubljana', 46.06, 14.51],
	['sofia', 'Sofia', 42.7, 23.32],
	['varna', 'Varna', 43.21, 27.91],
	['bucharest', 'Bucharest', 44.43, 26.1],
	['constanta', 'Constanța', 44.18, 28.63],
	['chisinau', 'Chișinău', 47.01, 28.86],
	['tiraspol', 'Tiraspol', 46.84, 29.63],
	['athens', 'Athens', 37.98, 23.73],
	['thessaloniki', 'Thessaloniki', 40.64, 22.94],
	['budapest', 'Budapest', 47.5, 19.04],
	['minsk', 'Minsk', 53.9, 27.56],
	['moscow', 'Moscow', 55.76, 37.62]
];
const KINDS = ['event', 'statement', 'report', 'claim'] as const;
const ACTORS = [
	'NATO',
	'Government of Ukraine',
	'Russian Ministry of Defence',
	'European Union',
	'A local official'
];
const VERBS = ['meeting', 'statement', 'report', 'strike', 'protest', 'visit', 'vote', 'agreement'];
const QUOTES = [
	'We will not give up',
	'No decision was made',
	'The talks continue',
	'It is too early to say'
];

/** A small seeded generator (mulberry32): the same seed always gives the same dataset. */
function random(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pad = (value: number) => String(value).padStart(2, '0');

export interface GenerateOptions {
	/**
	 * Distinct places spread over the whole Earth (about one per ten events is what a geocoded
	 * feed gives). With it, events also get notes of realistic length, sources, several places or
	 * none; without it, the 50 fixed places of the first benchmark rows are reused.
	 */
	places?: number;
	/**
	 * With `places`: the share of events that carry a note (default all; half as many cite a
	 * source). A large dataset must fit the 20 MB file limit, as a real one does; its texts then
	 * vary from a title alone to a long note.
	 */
	notes?: number;
}

/** Year (5 %), month (20 %) or day precision, with an end on about one event in twenty. */
function dateOf(next: () => number) {
	const year = 2014 + Math.floor(next() * 10);
	const month = 1 + Math.floor(next() * 12);
	const day = 1 + Math.floor(next() * 28);
	const roll = next();
	const date =
		roll < 0.05
			? `${year}`
			: roll < 0.25
				? `${year}-${pad(month)}`
				: `${year}-${pad(month)}-${pad(day)}`;
	const end =
		roll > 0.95
			? `${year}-${pad(month)}-${pad(Math.min(day + 1 + Math.floor(next() * 5), 28))}`
			: undefined;
	return { date, end };
}

/**
 * The places of one event among `total`: event `index` below `total` takes place `index`, so
 * every place is used; the rest favour some places (a few busy cities, many quiet villages, as
 * real feeds do); 8 % have no place and 12 % two or three.
 */
function placesOf(index: number, total: number, next: () => number): number[] {
	const roll = next();
	if (roll < 0.08) return [];
	const skewed = () => Math.floor(next() ** 2 * total);
	const first = index < total ? index : skewed();
	if (roll < 0.8) return [first];
	const more = roll < 0.95 ? 1 : 2;
	const chosen = new Set([first]);
	for (let extra = 0; extra < more; extra++) chosen.add(skewed());
	return [...chosen];
}

/**
 * A synthetic Chronomap dataset (format version 1) of `count` events from 2014 to 2023 with
 * mixed precision, kinds and places: for trying the timeline and map at scale.
 */
export function generateEvents(
	count: number,
	seed = 1,
	{ places: placeCount, notes = 1 }: GenerateOptions = {}
): DatasetFile {
	if (placeCount !== undefined) return generateWorld(count, seed, placeCount, notes);
	const next = random(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
	const events: DatasetFile['events'] = [];
	for (let i = 0; i < count; i++) {
		const { date, end } = dateOf(next);
		const place = pick(PLACES);
		const kind = pick(KINDS);
		events.push({
			id: `synthetic-${String(i + 1).padStart(6, '0')}`,
			title: `Synthetic ${pick(VERBS)} in ${place[1]} (${i + 1})`,
			date,
			...(end ? { end } : {}),
			places: [place[0]],
			kind,
			...(kind === 'event' ? {} : { actor: pick(ACTORS), quote: pick(QUOTES) })
		});
	}
	return {
		version: 1,
		title: `Synthetic dataset of ${count} events`,
		description: 'Generated for testing; none of these events happened.',
		places: PLACES.map(([id, name, lat, lon]) => ({ id, name, lat, lon, kind: 'city' as const })),
		events,
		eras: ERAS
	};
}

const ERAS = [
	{ id: 'era-full-scale-invasion', title: 'Full-scale invasion', date: '2022-02', end: '2023-12' }
];

/** Events over `placeCount` distinct places anywhere on Earth, written as a newsroom would. */
function generateWorld(
	count: number,
	seed: number,
	placeCount: number,
	noteShare: number
): DatasetFile {
	const next = random(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
	const places = worldPlaces(placeCount, next);
	const events: DatasetFile['events'] = [];
	for (let i = 0; i < count; i++) {
		const { date, end } = dateOf(next);
		const at = placeCount > 0 ? placesOf(i, placeCount, next).map((index) => places[index]) : [];
		const kind = pick(KINDS);
		const where = at.length ? ` in ${at[0].name}` : '';
		events.push({
			id: `synthetic-${String(i + 1).padStart(6, '0')}`,
			title: `Synthetic ${pick(VERBS)}${where} (${i + 1})`,
			date,
			...(end ? { end } : {}),
			places: at.map((place) => place.id),
			kind,
			...(kind === 'event' ? {} : { actor: pick(ACTORS), quote: pick(QUOTES) }),
			// Every event has a note unless a share is asked for (that keeps older data as it was).
			...(noteShare >= 1 || next() < noteShare ? { note: noteText(next) } : {}),
			...(next() < 0.5 * noteShare
				? { source: { title: `Report ${i + 1}`, publisher: pick(ACTORS), published: date } }
				: {})
		});
	}
	return {
		version: 1,
		title: `Synthetic dataset of ${count} events at ${placeCount} places`,
		description: 'Generated for testing; none of these events happened.',
		places,
		events,
		eras: ERAS
	};
}
