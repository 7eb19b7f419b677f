import type { DatasetFile } from '../src/lib/data/schema';

type PlaceRow = NonNullable<DatasetFile['places']>[number];

const SYLLABLES = [
	'ka',
	'lo',
	'mi',
	'ra',
	'sen',
	'tu',
	'vel',
	'no',
	'dar',
	'is',
	'ban',
	'go',
	'ur',
	'pe'
];
const PLACE_KINDS = ['city', 'city', 'city', 'region', 'area', 'country'] as const;

/** A pronounceable, distinct place name from its number: "Kalomi 17". */
function placeName(index: number, next: () => number) {
	const parts = 2 + Math.floor(next() * 2);
	let name = '';
	for (let part = 0; part < parts; part++) name += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
	return `${name[0].toUpperCase()}${name.slice(1)} ${index + 1}`;
}

/**
 * `count` distinct places spread evenly over the inhabited Earth (equal area, 56°S to 72°N, every
 * longitude, both sides of the antimeridian), as a geocoded world-wide feed gives them.
 */
export function worldPlaces(count: number, next: () => number): PlaceRow[] {
	const [south, north] = [(-56 * Math.PI) / 180, (72 * Math.PI) / 180];
	const places: PlaceRow[] = [];
	for (let index = 0; index < count; index++) {
		const sine = Math.sin(south) + next() * (Math.sin(north) - Math.sin(south));
		const lat = Math.round(((Math.asin(sine) * 180) / Math.PI) * 1e4) / 1e4;
		const lon = Math.round((next() * 360 - 180) * 1e4) / 1e4;
		places.push({
			id: `place-${String(index + 1).padStart(5, '0')}`,
			name: placeName(index, next),
			lat,
			lon,
			kind: PLACE_KINDS[Math.floor(next() * PLACE_KINDS.length)]
		});
	}
	return places;
}

const OPENINGS = [
	'Local officials confirmed the account the following morning, although the figures they gave differed from those first reported by witnesses.',
	'The report was published after several days of conflicting statements from the authorities and from groups on the ground.',
	'Journalists who reached the area later described damaged buildings, closed roads and long queues at the only open crossing.',
	'The statement was read out at a press briefing and repeated in a written note to partners, without questions being taken.'
];
const MIDDLES = [
	'Independent monitors could not verify every detail, and the number of people affected was revised twice in the week that followed.',
	'Earlier coverage had placed the event a day later; the date here follows the first dated document that mentions it.',
	'Regional media gave a different sequence of events, which is kept in the sources list for comparison.',
	'The wording of the original differs slightly between the published transcript and the recording released afterwards.'
];
const CLOSINGS = [
	'Follow-up reporting is expected once access improves.',
	'No independent confirmation was available at the time of writing.',
	'See the linked source for the full text.',
	''
];

/** An editor's note of realistic length (about 150 to 450 characters, as the article's run). */
export function noteText(next: () => number): string {
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
	const sentences = [pick(OPENINGS)];
	if (next() < 0.7) sentences.push(pick(MIDDLES));
	sentences.push(pick(CLOSINGS));
	return sentences.filter(Boolean).join(' ');
}
