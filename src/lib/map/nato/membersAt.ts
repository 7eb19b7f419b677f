import { instantOfIsoDay } from '$lib/time/calendarDate';
import { natoMembers } from './natoMembers';

const joinedAt = Object.entries(natoMembers).map(([id, { joined }]) => {
	const instant = instantOfIsoDay(joined);
	if (instant === null) throw new Error(`natoMembers: ${id} has no valid day in "${joined}"`);
	return { id, instant };
});

/** Whether a state was in NATO at a UTC instant; membership counts from 00:00 UTC on the accession day, whatever the viewer's time zone. */
export function isMemberAt(id: string, dayMs: number): boolean {
	return joinedAt.some((member) => member.id === id && member.instant <= dayMs);
}

/** The alpha-3 ids of NATO's members at a UTC instant, for shading the map as the timeline moves. */
export function membersAt(dayMs: number): Set<string> {
	return new Set(joinedAt.filter((member) => member.instant <= dayMs).map((member) => member.id));
}
