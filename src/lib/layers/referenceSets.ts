import { natoMembers } from '$lib/map/nato/natoMembers';
import { euMembers } from './euMembers';

/** One member of a set as the data format writes it: a country and its dates. */
export type MemberEntry = { country: string; joined: string; left?: string; note?: string };

/**
 * The membership sets the app ships, which a dataset names (`"memberships": ["nato"]`) instead
 * of listing members; each is built from its sourced table so the dates live in one place.
 */
export const referenceSets: Record<string, { title: string; members: MemberEntry[] }> = {
	nato: {
		title: 'NATO members',
		members: Object.entries(natoMembers)
			.map(([country, { joined, note }]) => ({
				country,
				joined,
				note
			}))
			.concat({
				country: 'GRL',
				joined: '1949-08-24',
				note: 'Part of the Kingdom of Denmark, a founding member.'
			})
	},
	eu: {
		title: 'EU members',
		members: Object.entries(euMembers).map(([country, member]) => ({ country, ...member }))
	}
};

export const REFERENCE_SET_IDS = Object.keys(referenceSets);
