export type NatoMember = {
	/** English short name, matching the basemap's `name` where the country is on the map */
	name: string;
	/** the day the state became a member (deposited its instrument of accession), YYYY-MM-DD */
	joined: string;
	note?: string;
	source: string;
};

const nato = 'NATO, Member countries, nato.int';
const founding = 'Founding member: the North Atlantic Treaty entered into force on 24 August 1949.';

/**
 * Every NATO member state by ISO 3166-1 alpha-3, the ids of the basemap's countries, so the map can
 * shade the alliance as it stood on any day; states not listed (Austria, Switzerland, Ukraine, Serbia…) never joined.
 */
export const natoMembers: Record<string, NatoMember> = {
	ALB: { name: 'Albania', joined: '2009-04-01', source: nato },
	BEL: { name: 'Belgium', joined: '1949-08-24', note: founding, source: nato },
	BGR: { name: 'Bulgaria', joined: '2004-03-29', source: nato },
	CAN: { name: 'Canada', joined: '1949-08-24', note: founding, source: nato },
	CZE: {
		name: 'Czechia',
		joined: '1999-03-12',
		note: 'Joined as the Czech Republic.',
		source: nato
	},
	DEU: {
		name: 'Germany',
		joined: '1955-05-06',
		note: 'West Germany (the Federal Republic) joined in 1955; the territory of the former East Germany became part of the Alliance with reunification on 3 October 1990.',
		source: nato
	},
	DNK: { name: 'Denmark', joined: '1949-08-24', note: founding, source: nato },
	ESP: { name: 'Spain', joined: '1982-05-30', source: nato },
	EST: { name: 'Estonia', joined: '2004-03-29', source: nato },
	FIN: { name: 'Finland', joined: '2023-04-04', source: nato },
	FRA: {
		name: 'France',
		joined: '1949-08-24',
		note: `${founding} France left NATO’s integrated military command in 1966 and returned in 2009 but stayed a member throughout.`,
		source: nato
	},
	GBR: { name: 'United Kingdom', joined: '1949-08-24', note: founding, source: nato },
	GRC: {
		name: 'Greece',
		joined: '1952-02-18',
		note: 'Greece left NATO’s integrated military command from 1974 to 1980 but stayed a member.',
		source: nato
	},
	HRV: { name: 'Croatia', joined: '2009-04-01', source: nato },
	HUN: { name: 'Hungary', joined: '1999-03-12', source: nato },
	ISL: { name: 'Iceland', joined: '1949-08-24', note: founding, source: nato },
	ITA: { name: 'Italy', joined: '1949-08-24', note: founding, source: nato },
	LTU: { name: 'Lithuania', joined: '2004-03-29', source: nato },
	LUX: { name: 'Luxembourg', joined: '1949-08-24', note: founding, source: nato },
	LVA: { name: 'Latvia', joined: '2004-03-29', source: nato },
	MKD: {
		name: 'North Macedonia',
		joined: '2020-03-27',
		note: 'The accession protocol was signed on 6 February 2019, after the Prespa Agreement with Greece; membership began when it was ratified by all members.',
		source: nato
	},
	MNE: { name: 'Montenegro', joined: '2017-06-05', source: nato },
	NLD: { name: 'Netherlands', joined: '1949-08-24', note: founding, source: nato },
	NOR: { name: 'Norway', joined: '1949-08-24', note: founding, source: nato },
	POL: { name: 'Poland', joined: '1999-03-12', source: nato },
	PRT: { name: 'Portugal', joined: '1949-08-24', note: founding, source: nato },
	ROU: { name: 'Romania', joined: '2004-03-29', source: nato },
	SVK: { name: 'Slovakia', joined: '2004-03-29', source: nato },
	SVN: { name: 'Slovenia', joined: '2004-03-29', source: nato },
	SWE: { name: 'Sweden', joined: '2024-03-07', source: nato },
	TUR: { name: 'Türkiye', joined: '1952-02-18', source: nato },
	USA: { name: 'United States', joined: '1949-08-24', note: founding, source: nato }
};
