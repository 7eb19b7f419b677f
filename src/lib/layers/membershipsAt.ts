import type { Membership } from '$lib/data/model';

/**
 * For each country, the ids of the sets it belongs to at an instant, in the dataset's order of
 * sets, so the map shades each country by the first of its sets that is shown.
 */
export function membershipsAt(sets: readonly Membership[], time: number): Map<string, string[]> {
	const byCountry = new Map<string, string[]>();
	for (const set of sets) {
		for (const member of set.members) {
			if (member.start > time || time >= member.stop) continue;
			const ids = byCountry.get(member.country);
			if (!ids) byCountry.set(member.country, [set.id]);
			else if (!ids.includes(set.id)) ids.push(set.id);
		}
	}
	return byCountry;
}
