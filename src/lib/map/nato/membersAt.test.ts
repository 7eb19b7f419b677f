import { describe, expect, it } from 'vitest';
import { isMemberAt, membersAt } from './membersAt';
import { natoMembers } from './natoMembers';

const utc = (day: string, time = '00:00:00') => Date.parse(`${day}T${time}Z`);

describe('isMemberAt', () => {
	const cases = [
		{ id: 'MKD', at: utc('2019-06-01'), expected: false, why: 'protocol signed, not yet ratified' },
		{
			id: 'MKD',
			at: utc('2020-03-26', '23:59:59'),
			expected: false,
			why: 'the day before accession'
		},
		{ id: 'MKD', at: utc('2020-03-27'), expected: true, why: 'accession day' },
		{ id: 'MKD', at: utc('2021-01-01'), expected: true, why: 'after accession' },
		{ id: 'MNE', at: utc('2017-06-04', '23:59:59'), expected: false, why: 'the day before' },
		{ id: 'MNE', at: utc('2017-06-05'), expected: true, why: 'accession day' },
		{ id: 'FIN', at: utc('2023-04-03', '12:00:00'), expected: false, why: 'the day before' },
		{ id: 'FIN', at: utc('2023-04-04'), expected: true, why: 'accession day' },
		{ id: 'SWE', at: utc('2024-03-06'), expected: false, why: 'the day before' },
		{ id: 'SWE', at: utc('2024-03-07'), expected: true, why: 'accession day' },
		{ id: 'GRC', at: utc('1952-02-18'), expected: true, why: 'accession day' },
		{ id: 'DEU', at: utc('1955-05-05'), expected: false, why: 'before West Germany joined' },
		{ id: 'POL', at: utc('1999-03-12'), expected: true, why: 'accession day' },
		{ id: 'SVN', at: utc('2004-03-28'), expected: false, why: 'the day before' },
		{ id: 'ALB', at: utc('2009-04-01'), expected: true, why: 'accession day' },
		{ id: 'ITA', at: utc('1949-08-24'), expected: true, why: 'founding' },
		{
			id: 'ITA',
			at: utc('1949-08-23'),
			expected: false,
			why: 'before the treaty entered into force'
		},
		{ id: 'UKR', at: utc('2025-01-01'), expected: false, why: 'never a member' },
		{ id: 'SRB', at: utc('2025-01-01'), expected: false, why: 'never a member' },
		{ id: 'BIH', at: utc('2025-01-01'), expected: false, why: 'never a member' },
		{ id: 'AUT', at: utc('2025-01-01'), expected: false, why: 'neutral, never a member' },
		{ id: 'CHE', at: utc('2025-01-01'), expected: false, why: 'neutral, never a member' }
	];
	it.each(cases)('isMemberAt($id, $at) is $expected: $why', ({ id, at, expected }) => {
		expect(isMemberAt(id, at)).toBe(expected);
	});
});

describe('membersAt', () => {
	it('membersAt(2019-06-01) has 29 members, Montenegro but not North Macedonia', () => {
		const members = membersAt(utc('2019-06-01'));
		expect(members.size).toBe(29);
		expect(members.has('MNE')).toBe(true);
		expect(members.has('MKD')).toBe(false);
	});
	it('membersAt(2024-03-07) has all 32 members', () => {
		expect(membersAt(utc('2024-03-07')).size).toBe(32);
	});
	it('membersAt(1949-08-24) has the 12 founding members', () => {
		expect(membersAt(utc('1949-08-24')).size).toBe(12);
	});
	it('membersAt never holds Ukraine, Serbia or Bosnia and Herzegovina', () => {
		for (const day of ['1990-01-01', '2010-01-01', '2030-01-01']) {
			const members = membersAt(utc(day));
			for (const id of ['UKR', 'SRB', 'BIH']) expect(members.has(id)).toBe(false);
		}
	});
});

describe('natoMembers', () => {
	it.each(Object.entries(natoMembers))('%s has a real YYYY-MM-DD day and a source', (_, member) => {
		expect(member.joined).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(new Date(`${member.joined}T00:00:00Z`).toISOString().slice(0, 10)).toBe(member.joined);
		expect(member.source).toContain('nato.int');
	});
});
