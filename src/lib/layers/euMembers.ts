export type EuMember = {
	/** the day the state's accession treaty entered into force, YYYY-MM-DD */
	joined: string;
	/** the last day as a member, YYYY-MM-DD, for a state that left */
	left?: string;
	note?: string;
};

const founding =
	'Founding member of the European Economic Community (1 January 1958), which the European Union continued from 1993.';

/**
 * Every European Union member state, past and present, by ISO 3166-1 alpha-3 (the basemap's
 * country ids), with the day its accession took effect (European Union, "Country profiles", europa.eu).
 */
export const euMembers: Record<string, EuMember> = {
	AUT: { joined: '1995-01-01' },
	BEL: { joined: '1958-01-01', note: founding },
	BGR: { joined: '2007-01-01' },
	CYP: { joined: '2004-05-01' },
	CZE: { joined: '2004-05-01' },
	DEU: {
		joined: '1958-01-01',
		note: `${founding} The territory of the former East Germany joined with reunification on 3 October 1990.`
	},
	DNK: { joined: '1973-01-01' },
	ESP: { joined: '1986-01-01' },
	EST: { joined: '2004-05-01' },
	FIN: { joined: '1995-01-01' },
	FRA: { joined: '1958-01-01', note: founding },
	GBR: {
		joined: '1973-01-01',
		left: '2020-01-31',
		note: 'The United Kingdom left the European Union at the end of 31 January 2020.'
	},
	GRC: { joined: '1981-01-01' },
	GRL: {
		joined: '1973-01-01',
		left: '1985-01-31',
		note: 'Greenland joined as part of Denmark and left after its 1982 referendum.'
	},
	HRV: { joined: '2013-07-01' },
	HUN: { joined: '2004-05-01' },
	IRL: { joined: '1973-01-01' },
	ITA: { joined: '1958-01-01', note: founding },
	LTU: { joined: '2004-05-01' },
	LUX: { joined: '1958-01-01', note: founding },
	LVA: { joined: '2004-05-01' },
	MLT: { joined: '2004-05-01' },
	NLD: { joined: '1958-01-01', note: founding },
	POL: { joined: '2004-05-01' },
	PRT: { joined: '1986-01-01' },
	ROU: { joined: '2007-01-01' },
	SVK: { joined: '2004-05-01' },
	SVN: { joined: '2004-05-01' },
	SWE: { joined: '1995-01-01' }
};
