/**
 * Finds gazetteer places named in a sentence, for the drafter's place suggestions: runs of one to
 * three capitalised words are looked up, longest first, so "New York" wins over "York".
 */

import type { FindPlaces, PlaceMention } from '$lib/draft/draftEvents';
import type { Gazetteer } from './gazetteer';

const WORD = /[\p{Lu}][\p{L}’'-]*/gu;

/** A `FindPlaces` for the drafter, backed by `gazetteer`. */
export function placeFinder(gazetteer: Gazetteer): FindPlaces {
	return (sentence) => {
		const words = [...sentence.matchAll(WORD)];
		const mentions: PlaceMention[] = [];
		const seen = new Set<string>();
		for (let i = 0; i < words.length; i++) {
			for (let length = Math.min(3, words.length - i); length >= 1; length--) {
				const first = words[i];
				const last = words[i + length - 1];
				const end = (last.index ?? 0) + last[0].length;
				const phrase = sentence.slice(first.index, end);
				if (length > 1 && /[.,;:!?]/.test(phrase)) continue;
				const { match } = gazetteer.lookupPlace(phrase.replace(/[’']s$/, ''));
				if (!match) continue;
				const key = `${match.name}|${match.country}`;
				if (!seen.has(key)) {
					seen.add(key);
					mentions.push({
						name: phrase,
						match: match.name,
						country: match.country,
						lat: match.lat,
						lon: match.lon
					});
				}
				i += length - 1;
				break;
			}
		}
		return mentions;
	};
}
