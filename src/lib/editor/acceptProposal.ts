/**
 * What accepting a drafted proposal, or a place found in the gazetteer, does to the file being
 * edited: one new event (or place) row, and the places a proposal names added once each, so an
 * accepted event is on the map straight away. Pure, so that one acceptance is one undo step.
 */

import { proposalToEvent } from '$lib/draft/proposalToEvent';
import type { PlaceMention, Proposal } from '$lib/draft/draftEvents';
import { nextId } from './rows';
import type { Row } from './columns';
import type { EditableFile } from './editableFile';

export interface NewPlace {
	name: string;
	lat: number;
	lon: number;
}

/** The id of a place row with this name and these coordinates (to 4 decimals), if any. */
export function samePlaceId(rows: readonly Row[], place: NewPlace): string | undefined {
	const near = (a: unknown, b: number) => typeof a === 'number' && Math.abs(a - b) < 1e-4;
	const name = place.name.trim().toLocaleLowerCase();
	const row = rows.find(
		(candidate) =>
			typeof candidate.name === 'string' &&
			candidate.name.trim().toLocaleLowerCase() === name &&
			near(candidate.lat, place.lat) &&
			near(candidate.lon, place.lon)
	);
	return typeof row?.id === 'string' ? row.id : undefined;
}

/** The file with `place` added at the end of the places (unless the same place is there). */
export function withPlace(
	file: EditableFile,
	place: NewPlace
): { file: EditableFile; id: string; added: boolean } {
	const existing = samePlaceId(file.places, place);
	if (existing) return { file, id: existing, added: false };
	const id = nextId('place', file.places);
	const row: Row = { id, name: place.name, lat: place.lat, lon: place.lon };
	return { file: { ...file, places: [...file.places, row] }, id, added: true };
}

const mentionPlace = (mention: PlaceMention): NewPlace => ({
	name: mention.match,
	lat: mention.lat,
	lon: mention.lon
});

/** The file with the proposal's event at the end of the events and its named places added. */
export function withProposal(file: EditableFile, proposal: Proposal): EditableFile {
	let next = file;
	const places: string[] = [];
	for (const mention of proposal.places) {
		const added = withPlace(next, mentionPlace(mention));
		next = added.file;
		if (!places.includes(added.id)) places.push(added.id);
	}
	const usedIds = new Set(next.events.map((row) => String(row.id ?? '')));
	const event: Row = { ...proposalToEvent(proposal, usedIds), places };
	return { ...next, events: [...next.events, event] };
}
