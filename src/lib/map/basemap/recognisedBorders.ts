import type { Reassignment } from './reassignPolygon';

/**
 * Where Natural Earth draws the line of control rather than the recognised border, and how the
 * basemap moves it back; keys are world-atlas's (ISO numeric, or a name where it has no code).
 */
export const recognisedBorders: (Reassignment & { why: string })[] = [
	{
		from: '643',
		to: '804',
		at: [34.1, 44.95],
		why: 'Crimea, Sevastopol included, is Ukraine: Russia’s annexation is not recognised (UN General Assembly resolution 68/262).'
	},
	{
		from: 'N. Cyprus',
		to: '196',
		why: 'Northern Cyprus is recognised only by Türkiye; the island is one state, Cyprus.'
	},
	{
		from: '248',
		to: '246',
		why: 'Åland is an autonomous region of Finland, not a country of its own.'
	}
];
